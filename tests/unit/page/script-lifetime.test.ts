import { describe, expect, it } from 'vitest';
import { scriptLifetime } from '@/utils/page/script-lifetime';

describe('scriptLifetime', () => {
  it('ignores WXT aborting while the extension is alive (a page script can send that event)', () => {
    const wxt = new AbortController();
    const signal = scriptLifetime(wxt.signal, () => true, {});
    wxt.abort();
    expect(signal.aborted).toBe(false);
  });

  it('ends when WXT aborts because the extension is gone', () => {
    const wxt = new AbortController();
    let alive = true;
    const signal = scriptLifetime(wxt.signal, () => alive, {});
    alive = false;
    wxt.abort();
    expect(signal.aborted).toBe(true);
  });

  it('a newer copy in the same world stops the older one, and only it', () => {
    const world = {};
    const older = scriptLifetime(new AbortController().signal, () => true, world);
    const newer = scriptLifetime(new AbortController().signal, () => true, world);
    expect(older.aborted).toBe(true);
    expect(newer.aborted).toBe(false);
    const newest = scriptLifetime(new AbortController().signal, () => true, world);
    expect(newer.aborted).toBe(true);
    expect(newest.aborted).toBe(false);
  });

  it('starts stopped when the extension was already gone', () => {
    const wxt = new AbortController();
    wxt.abort();
    expect(scriptLifetime(wxt.signal, () => false, {}).aborted).toBe(true);
  });
});
