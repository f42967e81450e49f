import { describe, expect, it, vi } from 'vitest';
import { createPartLoader } from '@/utils/page/part-loader';
import { Failure } from '@/utils/shared/failures';

/** A loader whose injection runs the part (sets it) unless told to fail. */
function setup(outcomes: ('runs' | 'refused' | 'silent')[]) {
  let part: { name: string } | undefined;
  const inject = vi.fn(async () => {
    const outcome = outcomes.shift() ?? 'runs';
    if (outcome === 'refused') throw new Error('Frame with ID 0 was removed.');
    if (outcome === 'runs') part = { name: 'part' };
  });
  const onLoad = vi.fn();
  const loader = createPartLoader({ inject, loaded: () => part, onLoad });
  return { loader, inject, onLoad };
}

describe('the on-demand part loader', () => {
  it('injects once for a preload and the click that follows while it loads', async () => {
    const { loader, inject, onLoad } = setup(['runs']);
    expect(loader.get()).toBeUndefined();
    loader.preload();
    const part = await loader.ensure();
    expect(part).toEqual({ name: 'part' });
    expect(await loader.ensure()).toBe(part);
    expect(inject).toHaveBeenCalledTimes(1);
    expect(onLoad).toHaveBeenCalledTimes(1);
    expect(loader.get()).toBe(part);
  });

  it('fails with partUnavailable when the injection is refused, and tries again on the next call', async () => {
    const { loader, inject, onLoad } = setup(['refused', 'runs']);
    const error = await loader.ensure().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Failure);
    expect((error as Failure).kind).toBe('partUnavailable');
    expect(onLoad).not.toHaveBeenCalled();
    await expect(loader.ensure()).resolves.toEqual({ name: 'part' });
    expect(inject).toHaveBeenCalledTimes(2);
    expect(onLoad).toHaveBeenCalledTimes(1);
  });

  it('fails when the injection reports success but the part never ran', async () => {
    const { loader } = setup(['silent']);
    await expect(loader.ensure()).rejects.toMatchObject({ kind: 'partUnavailable' });
  });

  it('a failed preload stays quiet (no unhandled rejection); the click reports it', async () => {
    const { loader } = setup(['refused', 'refused']);
    loader.preload();
    await expect(loader.ensure()).rejects.toMatchObject({ kind: 'partUnavailable' });
  });

  it('uses a part already in this world without injecting', async () => {
    const onLoad = vi.fn();
    const inject = vi.fn(async () => undefined);
    const loader = createPartLoader({ inject, loaded: () => 'there', onLoad });
    await expect(loader.ensure()).resolves.toBe('there');
    expect(inject).not.toHaveBeenCalled();
    expect(onLoad).toHaveBeenCalledWith('there');
  });
});
