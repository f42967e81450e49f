import { FetchError, ofetch } from 'ofetch';
import { Failure } from '@/utils/shared/failures';
import { apiFailure } from '@/utils/worker/zoom/api-errors';
import type { AccessGrant, MeetingInput, ZoomContactsPage, ZoomMeeting, ZoomMeetingsPage, ZoomUser, ZoomUserSettings } from '@/utils/worker/zoom/types';

const TIMEOUT_MS = 20_000;
const RETRIES = 2;

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export interface ZoomApiDeps {
  /** The token service: a fresh grant, and one more after Zoom rejected a token. */
  tokens: { grant(o: { interactive: boolean }): Promise<AccessGrant>; grantAfterRejection(rejected: string): Promise<AccessGrant> };
  fetch?: typeof fetch;
  now?: () => number;
}

/** The Zoom REST calls the extension makes; nothing else can be called. */
export function createZoomApi(deps: ZoomApiDeps) {
  const now = deps.now ?? Date.now;

  async function request<T>(grant: AccessGrant, method: Method, path: string, body?: object): Promise<T> {
    return ofetch<T>(`${grant.apiBase}${path}`, {
      method,
      body,
      headers: { Authorization: `Bearer ${grant.accessToken}` },
      timeout: TIMEOUT_MS,
      // A create is never retried blindly: a lost response may still have made the meeting.
      retry: method === 'POST' ? 0 : RETRIES,
      retryDelay: 400,
      retryStatusCodes: [500, 502, 503, 504],
      // Strict parsing: a broken body must fail, not turn into a string.
      parseResponse: (text) => (text ? JSON.parse(text) : undefined),
      ...(deps.fetch ? { fetch: deps.fetch } : {}),
    });
  }

  async function call<T>(method: Method, path: string, body?: object): Promise<T> {
    let grant = await deps.tokens.grant({ interactive: false });
    try {
      return await request<T>(grant, method, path, body);
    } catch (error) {
      const failure = toApiFailure(error);
      if (failure.kind !== 'reconnect') throw failure;
      // 124: the token was revoked or expired early; one refresh, one retry.
      grant = await deps.tokens.grantAfterRejection(grant.accessToken);
      try {
        return await request<T>(grant, method, path, body);
      } catch (retryError) {
        throw toApiFailure(retryError);
      }
    }
  }

  function toApiFailure(error: unknown): Failure {
    if (error instanceof Failure) return error;
    if (error instanceof FetchError) {
      if (error.response) return apiFailure(error.response.status, error.data, error.response.headers, now());
      return new Failure('network', {}, { cause: error });
    }
    if (error instanceof SyntaxError) return new Failure('zoomUnavailable', { detail: 'malformed response' }, { cause: error });
    return new Failure('network', {}, { cause: error });
  }

  return {
    me: () => call<ZoomUser>('GET', '/users/me'),
    userSettings: () => call<ZoomUserSettings>('GET', '/users/me/settings'),
    /** The user's scheduled meetings (recent, live and upcoming), one page (meeting:read:list_meetings). */
    scheduledMeetings: (pageToken = '') =>
      call<ZoomMeetingsPage>('GET', `/users/me/meetings?${new URLSearchParams({ type: 'scheduled', page_size: '300', ...(pageToken ? { next_page_token: pageToken } : {}) })}`),
    createMeeting: (input: MeetingInput) => call<ZoomMeeting>('POST', '/users/me/meetings', input),
    getMeeting: (id: number) => call<ZoomMeeting>('GET', `/meetings/${id}`),
    /** With an occurrence id: that occurrence of a recurring meeting only. */
    updateMeeting: (id: number, patch: Partial<MeetingInput>, occurrenceId?: string) => call<void>('PATCH', `/meetings/${id}${occurrence(occurrenceId)}`, patch),
    deleteMeeting: (id: number, occurrenceId?: string) => call<void>('DELETE', `/meetings/${id}${occurrence(occurrenceId)}`),
    contacts: (pageToken = '') =>
      call<ZoomContactsPage>('GET', `/chat/users/me/contacts?${new URLSearchParams({ type: 'company', page_size: '50', ...(pageToken ? { next_page_token: pageToken } : {}) })}`),
  };
}

function occurrence(id: string | undefined): string {
  return id ? `?${new URLSearchParams({ occurrence_id: id })}` : '';
}

export type ZoomApi = ReturnType<typeof createZoomApi>;
