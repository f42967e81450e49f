import { describe, expect, it } from 'vitest';
import { createWarmUp } from '@/utils/page/worker-warm-up';

describe('createWarmUp', () => {
  it('sends at once, then at most once per gap', () => {
    let t = 1_000;
    let sent = 0;
    const warmUp = createWarmUp(async () => void sent++, () => t, 5_000);
    warmUp();
    expect(sent).toBe(1);
    t += 4_999;
    warmUp();
    expect(sent).toBe(1);
    t += 1;
    warmUp();
    expect(sent).toBe(2);
  });

  it('a failed send (worker unreachable) is swallowed: opening an editor never fails because of it', async () => {
    const warmUp = createWarmUp(() => Promise.reject(new Error('Could not establish connection')), () => 0);
    expect(() => warmUp()).not.toThrow();
    await new Promise((r) => setTimeout(r, 0));
  });
});
