/** The event shape shared by the store, the REST API and the seed data. */
import { parseExceptions, parseRepeat, type DemoExceptions, type DemoRepeat } from './repeat';

export type OnlineProvider = 'teams' | 'zoom' | 'webex';

export interface DemoEvent {
  id: string;
  subject: string;
  /** Local wall-clock time 'YYYY-MM-DDTHH:mm' in `timeZone`. */
  start: string;
  end: string;
  /** IANA zone of the page that wrote the event, e.g. 'Asia/Tokyo'. */
  timeZone: string;
  location: string;
  body: string;
  participants: string[];
  onlineMeeting?: { provider: OnlineProvider; url: string };
  /** A repeating event: its rule, and occurrences moved or deleted on their own. */
  repeat?: DemoRepeat;
  exceptions?: DemoExceptions;
}

export type DemoEventInput = Omit<DemoEvent, 'id'>;

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const PROVIDERS: readonly string[] = ['teams', 'zoom', 'webex'];

export function isLocalDateTime(value: unknown): value is string {
  return typeof value === 'string' && LOCAL_DATE_TIME.test(value);
}

/** Validates a POST/PUT body; strings default to '' so clients may omit empty fields. */
export function parseEventInput(raw: unknown): { ok: true; value: DemoEventInput } | { ok: false; error: string } {
  if (typeof raw !== 'object' || raw === null) return { ok: false, error: 'body must be a JSON object' };
  const r = raw as Record<string, unknown>;
  const str = (key: string): string | null => {
    const v = r[key] ?? '';
    return typeof v === 'string' ? v : null;
  };
  const subject = str('subject');
  const location = str('location');
  const body = str('body');
  const timeZone = str('timeZone');
  if (subject === null || location === null || body === null || timeZone === null) {
    return { ok: false, error: 'subject, location, body and timeZone must be strings' };
  }
  if (!isLocalDateTime(r.start) || !isLocalDateTime(r.end)) {
    return { ok: false, error: "start and end must be 'YYYY-MM-DDTHH:mm'" };
  }
  // Same-format local strings compare correctly as text.
  if (r.end <= r.start) return { ok: false, error: 'end must be after start' };
  const participants = r.participants ?? [];
  if (!Array.isArray(participants) || !participants.every((p) => typeof p === 'string')) {
    return { ok: false, error: 'participants must be an array of strings' };
  }
  const value: DemoEventInput = {
    subject,
    start: r.start,
    end: r.end,
    timeZone: timeZone || 'UTC',
    location,
    body,
    participants: [...participants],
  };
  const repeat = parseRepeat(r.repeat);
  const exceptions = parseExceptions(r.exceptions);
  if (repeat === 'invalid' || exceptions === 'invalid') return { ok: false, error: 'repeat or exceptions are malformed' };
  if (repeat) Object.assign(value, { repeat, exceptions });
  const om = r.onlineMeeting;
  if (om !== undefined && om !== null) {
    const o = om as Record<string, unknown>;
    if (typeof o.provider !== 'string' || !PROVIDERS.includes(o.provider) || typeof o.url !== 'string') {
      return { ok: false, error: 'onlineMeeting must be {provider: teams|zoom|webex, url}' };
    }
    value.onlineMeeting = { provider: o.provider as OnlineProvider, url: o.url };
  }
  return { ok: true, value };
}
