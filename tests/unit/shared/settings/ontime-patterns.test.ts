import { describe, expect, it } from 'vitest';
import { contentMatchPattern, isOnTimeUrl, originPattern } from '@/utils/shared/settings/ontime-patterns';

describe('OnTime address patterns', () => {
  it('builds a port-less match pattern that keeps the path', () => {
    expect(contentMatchPattern('http://localhost:8787/ontime/')).toBe('http://localhost/ontime/*');
    expect(contentMatchPattern('https://cal.example.com/servlet/ontimegc')).toBe('https://cal.example.com/servlet/ontimegc/*');
    expect(originPattern('https://cal.example.com:8443/ontime/')).toBe('https://cal.example.com/*');
  });

  it('accepts only pages under a configured address, with the same origin', () => {
    const addresses = ['http://localhost:8787/ontime/'];
    expect(isOnTimeUrl('http://localhost:8787/ontime/?lang=ja', addresses)).toBe(true);
    expect(isOnTimeUrl('http://localhost:8787/ontime', addresses)).toBe(true);
    expect(isOnTimeUrl('http://localhost:9999/ontime/', addresses)).toBe(false);
    expect(isOnTimeUrl('http://localhost:8787/other/', addresses)).toBe(false);
    expect(isOnTimeUrl('http://localhost:8787/ontimex/', addresses)).toBe(false);
    expect(isOnTimeUrl(undefined, addresses)).toBe(false);
  });
});
