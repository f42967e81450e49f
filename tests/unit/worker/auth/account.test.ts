import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { signedInEmail } from '@/utils/worker/auth/account';
import { clearZoomCaches } from '@/utils/worker/zoom/session-cache';
import { Failure } from '@/utils/shared/failures';

const WITH = { scopes: ['meeting:write:meeting', 'user:read:user'], owner: 'grant-1' };

beforeEach(() => {
  fakeBrowser.reset();
});

describe('signed-in account (user:read:user)', () => {
  it('reads the email once per grant and serves it from the cache after', async () => {
    const me = vi.fn(async () => ({ id: 'u1', email: 'ann@example.com' }));
    expect(await signedInEmail(WITH, me)).toBe('ann@example.com');
    expect(await signedInEmail(WITH, me)).toBe('ann@example.com');
    expect(me).toHaveBeenCalledTimes(1);
  });

  it('does not show one grant’s account under another, nor after the caches are cleared', async () => {
    const me = vi.fn(async () => ({ id: 'u1', email: 'ann@example.com' }));
    await signedInEmail(WITH, me);
    me.mockResolvedValue({ id: 'u2', email: 'bob@example.com' });
    expect(await signedInEmail({ ...WITH, owner: 'grant-2' }, me)).toBe('bob@example.com');
    await clearZoomCaches();
    expect(await signedInEmail(WITH, me)).toBe('bob@example.com');
    expect(me).toHaveBeenCalledTimes(3);
  });

  it('without the scope: no call to Zoom and no account', async () => {
    const me = vi.fn(async () => ({ id: 'u1', email: 'ann@example.com' }));
    expect(await signedInEmail({ scopes: ['meeting:write:meeting'], owner: 'g' }, me)).toBeUndefined();
    expect(me).not.toHaveBeenCalled();
  });

  it('the classic user:read scope covers it', async () => {
    expect(await signedInEmail({ scopes: ['user:read'], owner: 'g' }, async () => ({ id: 'u', email: 'c@example.com' }))).toBe('c@example.com');
  });

  it.each([
    ['Zoom fails', async () => Promise.reject(new Failure('network'))],
    ['no email in the answer', async () => ({ id: 'u1' })],
    ['something that is not an email', async () => ({ id: 'u1', email: 'not an email <b>' })],
  ])('%s: no account, no error', async (_, me) => {
    expect(await signedInEmail(WITH, me)).toBeUndefined();
  });

  it('a slow Zoom does not hold the answer up', async () => {
    const never = () => new Promise<{ id: string; email: string }>(() => undefined);
    const started = Date.now();
    expect(await signedInEmail(WITH, never, 50)).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
