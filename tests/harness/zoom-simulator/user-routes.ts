// GET /v2/users/{user}/meetings: the user's meetings, paged as Zoom pages them today
// (next_page_token) and as the archived spec describes (page_number, page_count, total_records).
// GET /v2/users/{user}: who is signed in (the extension checks a meeting's host with it).
import { apiRoute } from './api.ts';
import { invalidFields } from './errors.ts';
import { json, type RequestContext, type SimResponse } from './http.ts';
import { decodePageToken, encodePageToken } from './page-tokens.ts';
import type { Route } from './router.ts';
import { SIM_USER } from './seed.ts';
import type { Meeting } from './types.ts';

const DEFAULT_PAGE_SIZE = 30;
const MAX_PAGE_SIZE = 300; // the spec's maximum
// The archived spec's enum, plus the two values Zoom's current docs add.
const TYPES = ['scheduled', 'live', 'upcoming', 'upcoming_meetings', 'previous_meetings'];

function inType(meeting: Meeting, type: string, now: number): boolean {
  const end = Date.parse(meeting.start_time) + meeting.duration * 60_000;
  if (type === 'previous_meetings') return end < now;
  if (type === 'upcoming' || type === 'upcoming_meetings') return end >= now;
  if (type === 'live') return false; // nobody is in a simulated meeting
  return true; // scheduled: every meeting that has not been deleted
}

/** The list's item: what Zoom lists of a meeting (no passcode, no settings). */
function listed(m: Meeting) {
  const { id, host_id, topic, type, start_time, duration, timezone, agenda, created_at, join_url } = m;
  return { id, host_id, topic, type, start_time, duration, timezone, agenda, created_at, join_url };
}

function listMeetings(ctx: RequestContext): SimResponse {
  const q = ctx.url.searchParams;
  const type = q.get('type') ?? 'scheduled';
  if (!TYPES.includes(type)) return invalidFields('type');
  const rawSize = q.get('page_size');
  const pageSize = rawSize === null ? DEFAULT_PAGE_SIZE : Number(rawSize);
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) return invalidFields('page_size');
  const rawNumber = q.get('page_number');
  const pageNumber = rawNumber === null ? 1 : Number(rawNumber);
  if (!Number.isInteger(pageNumber) || pageNumber < 1) return invalidFields('page_number');
  const token = q.get('next_page_token');
  const offset = token ? decodePageToken(token, type) : (pageNumber - 1) * pageSize;
  if (offset === undefined) return invalidFields('next_page_token');

  const now = ctx.state.now();
  const all = [...ctx.state.meetings.values()].filter((m) => inType(m, type, now)).sort((a, b) => a.start_time.localeCompare(b.start_time));
  const page = all.slice(offset, offset + pageSize);
  return json(200, {
    page_count: Math.ceil(all.length / pageSize),
    page_number: Math.floor(offset / pageSize) + 1,
    page_size: pageSize,
    total_records: all.length,
    next_page_token: offset + pageSize < all.length ? encodePageToken(type, offset + pageSize) : '',
    meetings: page.map(listed),
  });
}

export const userRoutes: Route[] = [
  apiRoute('GET', '/users/{user}/meetings', ['meeting:read:list_meetings', 'meeting:read'], listMeetings),
  apiRoute('GET', '/users/{user}', ['user:read:user'], () => json(200, { ...SIM_USER })),
];
