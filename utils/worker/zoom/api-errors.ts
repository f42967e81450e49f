import { Failure } from '@/utils/shared/failures';

interface ZoomErrorBody {
  code?: number;
  message?: string;
  errors?: { field?: string; message?: string }[];
}

/** Retry-After may be seconds, an HTTP date or an ISO date-time; returns epoch ms. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return now + Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : at;
}

/** Scopes named in a 4711 message: "Invalid access token, does not contain scopes:[a, b]." */
export function scopesNamedIn(message: string | undefined): string[] {
  const list = /scopes?:\s*\[([^\]]*)\]/i.exec(message ?? '')?.[1];
  return list ? list.split(/[\s,]+/).filter(Boolean) : [];
}

/** Maps a Zoom API error response to a failure kind. */
export function apiFailure(status: number, body: unknown, headers: Headers | undefined, now = Date.now()): Failure {
  const data = (body && typeof body === 'object' ? body : {}) as ZoomErrorBody;
  if (status === 429) {
    const retryAt = parseRetryAfter(headers?.get('retry-after'), now) ?? now + 60_000;
    return new Failure('rateLimited', { retryAt: new Date(retryAt).toISOString() });
  }
  if (data.code === 4711) return new Failure('scopeMissing', { scopes: scopesNamedIn(data.message).join(' ') });
  if (status === 401 || data.code === 124) return new Failure('reconnect');
  if (status === 404 || data.code === 3001) return new Failure('meetingNotFound');
  if (data.code === 300) {
    const fields = (data.errors ?? []).map((e) => e.field).filter(Boolean).join(', ');
    return new Failure('invalidRequest', { detail: fields || data.message || '' });
  }
  if (status >= 500) return new Failure('zoomUnavailable', { status: String(status) });
  return new Failure('unknown', { detail: `${status} ${data.code ?? ''} ${data.message ?? ''}`.trim() });
}
