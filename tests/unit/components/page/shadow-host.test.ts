import { describe, expect, it } from 'vitest';
import { createShadowHost, rootOf, shadowRootMode } from '@/components/page/shadow-host';

describe('our shadow roots', () => {
  it('release builds (chrome-mv3, firefox-mv3) attach closed roots; only the local-test build keeps them open', () => {
    expect(shadowRootMode('production')).toBe('closed');
    expect(shadowRootMode('development')).toBe('closed');
    expect(shadowRootMode('localtest')).toBe('open');
  });

  it('a host built outside the local-test mode hides its root from the page and keeps it for us', () => {
    const { host, root } = createShadowHost(document, 'ontime-zoom-control', ':host { color: red }', 'i1');
    expect(host.shadowRoot).toBeNull();
    expect(rootOf(host)).toBe(root);
    expect(root.mode).toBe('closed');
  });
});
