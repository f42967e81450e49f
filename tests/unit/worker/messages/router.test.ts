import { describe, expect, it, vi } from 'vitest';
import { route, type RouterDeps } from '@/utils/worker/messages/router';
import type { MeetingService } from '@/utils/worker/meetings/meeting-service';
import { DEFAULT_SETTINGS } from '@/utils/shared/settings/types';

const ONTIME = 'http://localhost:8787/ontime/';
const draft = { subject: 'S', start: '2026-12-01T10:00', end: '2026-12-01T11:00', timeZone: 'Asia/Tokyo' };

function deps() {
  const meetings = { prepare: vi.fn(async () => ({ options: { topic: 'S' } })), create: vi.fn(), remove: vi.fn(), pageGone: vi.fn(async () => undefined) };
  const d: RouterDeps = {
    extensionId: 'ext-id',
    extensionOrigin: 'chrome-extension://ext-id/',
    testConnection: async () => [],
    tokens: { current: async () => null, disconnect: vi.fn(async () => ({ revoked: true })) },
    loadSettings: async () => ({ ...DEFAULT_SETTINGS, clientId: 'client-123', ontimeAddresses: [ONTIME] }),
    meetings: meetings as unknown as MeetingService,
    catalog: async () => ({ page_button: { message: 'Online meeting: Zoom' } }),
    accountEmail: async () => 'ann@example.com',
    injectPart: vi.fn(async () => undefined),
    frameAlive: vi.fn(async () => true),
  };
  return { d, meetings };
}

const fromOnTime = { id: 'ext-id', url: `${ONTIME}?lang=en`, tab: { url: `${ONTIME}?lang=en` } };

describe('message router', () => {
  it('answers a valid verb from a configured OnTime tab', async () => {
    const { d, meetings } = deps();
    expect(await route({ verb: 'prepareMeeting', payload: { draft } }, fromOnTime, d)).toEqual({ ok: true, data: { options: { topic: 'S' } } });
    expect(meetings.prepare).toHaveBeenCalledWith(draft, `${ONTIME}?lang=en`);
  });

  it('answers the editor’s frame (same OnTime address) inside an OnTime tab', async () => {
    const { d, meetings } = deps();
    const frame = { id: 'ext-id', url: `${ONTIME}editor-frame.html?lang=en`, tab: { url: `${ONTIME}?variant=frame` } };
    expect(await route({ verb: 'prepareMeeting', payload: { draft } }, frame, d)).toEqual({ ok: true, data: { options: { topic: 'S' } } });
    expect(meetings.prepare).toHaveBeenCalledWith(draft, `${ONTIME}editor-frame.html?lang=en`);
  });

  it.each([
    ['another extension', { ...fromOnTime, id: 'other' }],
    ['a tab that is not an OnTime address', { id: 'ext-id', url: 'https://evil.example/ontime/', tab: { url: 'https://evil.example/ontime/' } }],
    ['an OnTime frame inside a foreign tab', { id: 'ext-id', url: ONTIME, tab: { url: 'https://evil.example/' } }],
    ['a foreign frame inside an OnTime tab', { id: 'ext-id', url: 'https://evil.example/ontime/', tab: { url: `${ONTIME}?lang=en` } }],
    ['a frame of the OnTime host outside the OnTime path', { id: 'ext-id', url: 'http://localhost:8787/other-app/', tab: { url: ONTIME } }],
    ['no tab at all', { id: 'ext-id' }],
  ])('refuses %s without touching Zoom', async (_, sender) => {
    const { d, meetings } = deps();
    expect(await route({ verb: 'prepareMeeting', payload: { draft } }, sender, d)).toEqual({ ok: false, failure: { kind: 'forbiddenSender', params: {} } });
    expect(meetings.prepare).not.toHaveBeenCalled();
  });

  it.each([
    ['still there', true, 0],
    ['gone (tab closed, page left) before the link could be written: the new meeting is an orphan at once', false, 1],
  ])('a create whose asking page is %s', async (_, alive, orphaned) => {
    const { d, meetings } = deps();
    meetings.create.mockResolvedValue({ meeting: { id: 42 } });
    vi.mocked(d.frameAlive).mockResolvedValue(alive);
    const frame = { ...fromOnTime, tab: { ...fromOnTime.tab, id: 7 }, frameId: 0, documentId: 'doc-1' };
    const options = { topic: 'S', password: '', waitingRoom: true, hostVideo: false, participantVideo: false, joinBeforeHost: false, muteUponEntry: false, autoRecording: 'none', alternativeHosts: '', usePmi: false };
    expect(await route({ verb: 'createMeeting', payload: { draft, options, attempt: 'attempt-0001' } }, frame, d)).toEqual({ ok: true, data: { meeting: { id: 42 } } });
    await vi.waitFor(() => expect(d.frameAlive).toHaveBeenCalledWith({ tabId: 7, frameId: 0, documentId: 'doc-1' }));
    await new Promise((r) => setTimeout(r, 0));
    expect(meetings.pageGone).toHaveBeenCalledTimes(orphaned);
    if (orphaned) expect(meetings.pageGone).toHaveBeenCalledWith(42);
  });

  it('injects the page script’s on-demand part into the asking OnTime frame only, as the browser names it', async () => {
    const { d } = deps();
    const frame = { ...fromOnTime, tab: { ...fromOnTime.tab, id: 7 }, frameId: 3 };
    expect(await route({ verb: 'loadPart', payload: {} }, frame, d)).toEqual({ ok: true, data: { loaded: true } });
    expect(d.injectPart).toHaveBeenCalledWith({ tabId: 7, frameId: 3 });
    // A page cannot name another tab or frame: the payload carries nothing.
    expect(await route({ verb: 'loadPart', payload: { tabId: 1, frameId: 0 } }, frame, d)).toMatchObject({ ok: false, failure: { kind: 'badRequest' } });
    const foreign = { id: 'ext-id', url: 'https://evil.example/ontime/', tab: { url: `${ONTIME}?lang=en`, id: 7 }, frameId: 4 };
    expect(await route({ verb: 'loadPart', payload: {} }, foreign, d)).toMatchObject({ ok: false, failure: { kind: 'forbiddenSender' } });
    const popup = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };
    expect(await route({ verb: 'loadPart', payload: {} }, popup, d)).toMatchObject({ ok: false, failure: { kind: 'forbiddenSender' } });
    expect(d.injectPart).toHaveBeenCalledTimes(1);
  });

  it('answers extension-page verbs to the extension’s own pages only', async () => {
    const { d } = deps();
    const popup = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };
    expect(await route({ verb: 'connectionState', payload: {} }, popup, d)).toEqual({
      ok: true,
      data: {
        configured: true,
        connected: false,
        scopes: [],
        missing: [],
        optional: [
          { scope: 'meeting:read:list_meetings', feature: 'scope_optional_reconcile', granted: false },
          { scope: 'meeting:read:meeting', feature: 'scope_optional_adopt', granted: false },
          { scope: 'user:read:user', feature: 'scope_optional_host', granted: false },
        ],
      },
    });
    expect(await route({ verb: 'disconnect', payload: {} }, fromOnTime, d)).toMatchObject({ ok: false, failure: { kind: 'forbiddenSender' } });
    expect(await route({ verb: 'createMeeting', payload: {} }, popup, d)).toMatchObject({ ok: false });
  });

  it('names the connected account to our pages only', async () => {
    const { d } = deps();
    d.tokens.current = async () => ({ scopes: ['user:read:user'], grantId: 'g1' }) as never;
    const popup = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };
    expect(await route({ verb: 'connectionState', payload: {} }, popup, d)).toMatchObject({ ok: true, data: { connected: true, account: 'ann@example.com' } });
    expect(await route({ verb: 'connectionState', payload: {} }, fromOnTime, d)).toMatchObject({ ok: false, failure: { kind: 'forbiddenSender' } });
  });

  it.each([
    ['an unknown verb (no generic proxy)', { verb: 'fetchZoom', payload: { url: 'https://api.zoom.us/v2/users' } }],
    ['a malformed draft', { verb: 'prepareMeeting', payload: { draft: { ...draft, start: 'tomorrow' } } }],
    ['a fractional meeting id', { verb: 'deleteMeeting', payload: { id: 1.5 } }],
    ['a passcode over 10 characters', { verb: 'createMeeting', payload: { draft, options: { topic: 'S', password: '12345678901', waitingRoom: true, hostVideo: false, participantVideo: false, joinBeforeHost: false, muteUponEntry: false, autoRecording: 'none' } } }],
  ])('rejects %s', async (_, message) => {
    const { d, meetings } = deps();
    expect(await route(message, fromOnTime, d)).toMatchObject({ ok: false, failure: { kind: 'badRequest' } });
    expect(meetings.create).not.toHaveBeenCalled();
    expect(meetings.remove).not.toHaveBeenCalled();
  });
});
