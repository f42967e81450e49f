import type { ResponseOf } from '@/utils/shared/protocol';
import { Failure } from '@/utils/shared/failures';
import { hasScope } from '@/utils/worker/auth/scopes';
import { cached } from '@/utils/worker/zoom/session-cache';
import type { ZoomListedMeeting, ZoomMeeting, ZoomUserSettings } from '@/utils/worker/zoom/types';
import type { TokenService } from '@/utils/worker/auth/token-service';
import type { ZoomApi } from '@/utils/worker/zoom/api';
import { defaultOptions } from '@/utils/worker/meetings/defaults';
import { isUnsaved, meetingPatch, occurrencePatch } from '@/utils/worker/meetings/lifecycle';
import { originalStart } from '@/utils/worker/meetings/series';
import { occurrenceId } from '@/utils/shared/zoned-time';
import { meetingInfo, meetingInput } from '@/utils/worker/meetings/zoom-body';
import { getAttempt, getMeeting, meetingOfAttempt, openAttemptFor, pruneAttempts, putAttempt, putMeeting, recentMeetings, updateMeeting, type CreateAttempt, type MeetingRecord } from '@/utils/worker/meetings/meeting-records';
import { eventOf, isOurLink, isOurs, isSavedWithEvent, sameJoinLink, standing } from '@/utils/worker/meetings/ownership';
import { matchAttempt } from '@/utils/worker/meetings/reconcile';
import { eventIdentity, type Contact, type DialogCapabilities, type EventIdentity, type MeetingDraft, type MeetingInfo, type MeetingOptions, type MeetingStanding } from '@/utils/shared/meeting-types';
import { durationMinutes, isValidDraft, wallClock } from '@/utils/shared/wall-clock';
import { checkJoinUrl, type JoinUrlRule } from '@/utils/shared/join-url';

export interface MeetingServiceDeps {
  tokens: Pick<TokenService, 'grant'>;
  api: ZoomApi;
  /** The settings in force: Zoom's join links must point at the chosen Zoom domain. */
  loadSettings(): Promise<JoinUrlRule>;
  now?: () => number;
}

/** One event: the OnTime page (without its query), subject and start. */
function attemptKey(ontimeUrl: string, draft: Pick<MeetingDraft, 'subject' | 'start'>): string {
  let page = ontimeUrl;
  try {
    const url = new URL(ontimeUrl);
    page = url.origin + url.pathname;
  } catch {
    // keep the raw value
  }
  return `${page}|${draft.subject.trim()}|${draft.start}`;
}

/** Failures after which Zoom may still have made the meeting. */
function isUncertain(failure: Failure): boolean {
  return failure.kind === 'network' || failure.kind === 'zoomUnavailable';
}

function infoFrom(record: MeetingRecord): MeetingInfo {
  const { id, topic, joinUrl, password, start, duration, timeZone, dialIn, repeat, noFixedTime } = record;
  return { id, topic, joinUrl, password, start, duration, timeZone, dialIn, ...(repeat ? { repeat } : {}), ...(noFixedTime ? { noFixedTime } : {}) };
}

export type Prepared = ResponseOf<'prepareMeeting'>;

// A meeting made and not saved into its event is an orphan after this long; until then, warn.
const UNSAVED_WARN_MS = 15 * 60_000;

export interface CreateOutcome {
  meeting: MeetingInfo;
  /** Found again at Zoom after its answer was lost. */
  recovered?: boolean;
}

const SETTINGS_TTL_MS = 30 * 60_000;
// A resend comes within seconds; a day is plenty to keep settled attempts.
const ATTEMPT_KEEP_MS = 24 * 60 * 60_000;
// Zoom answers a create within the request timeout (20 s) or not at all.
const RECONCILE_WAIT_MS = 25_000;
const RECONCILE_POLL_MS = 2_000;
const MAX_LIST_PAGES = 10;
const CONTACTS_TTL_MS = 30 * 60_000;
const MAX_CONTACT_PAGES = 20;

export function createMeetingService(deps: MeetingServiceDeps) {
  const now = deps.now ?? Date.now;
  // Creates on their way in this worker, by attempt id: a message seen again joins its answer.
  const inflight = new Map<string, Promise<CreateOutcome>>();

  function checkDraft(draft: MeetingDraft) {
    if (!isValidDraft(draft)) throw new Failure('draftIncomplete');
  }

  /** Every page of the company directory, up to a sane cap. */
  async function allContacts(): Promise<Contact[]> {
    const contacts: Contact[] = [];
    let token = '';
    for (let page = 0; page < MAX_CONTACT_PAGES; page++) {
      const result = await deps.api.contacts(token);
      for (const c of result.contacts ?? []) if (c.email) contacts.push({ email: c.email, name: [c.first_name, c.last_name].filter(Boolean).join(' ') });
      token = result.next_page_token ?? '';
      if (!token) break;
    }
    return contacts;
  }

  const service = {
    /**
     * Connects (consent on first use) and proposes the dialog's values, with a warning when an
     * earlier create for this event got no answer, or made a meeting the event was never saved
     * with (the page was reloaded or the editor closed while it was being made).
     */
    async prepare(draft: MeetingDraft, ontimeUrl: string): Promise<Prepared> {
      checkDraft(draft);
      const grant = await deps.tokens.grant({ interactive: true });
      // The account's defaults change rarely: read once per half hour, not on every click.
      const key = attemptKey(ontimeUrl, draft);
      // Independent reads (Zoom defaults, the event's open attempt, recent records): in parallel.
      const [settings, attempt, recent] = await Promise.all([
        hasScope(grant.scopes, 'user:read:settings')
          ? cached<ZoomUserSettings | null>('userSettings', grant.account, SETTINGS_TTL_MS, () => deps.api.userSettings(), now()).catch(() => null)
          : null,
        openAttemptFor(key),
        recentMeetings(50),
      ]);
      // Unsaved, or already an orphan (its editor was left: Cancel, ×, Escape, the page reloaded).
      const unsaved = recent.find(
        (r) => (isUnsaved(r) || r.state === 'orphaned') && !!r.event && attemptKey(r.ontimeUrl, r.event) === key && now() - r.createdAt < UNSAVED_WARN_MS,
      );
      const options = defaultOptions(draft.subject, settings);
      const capabilities: DialogCapabilities = {
        contacts: hasScope(grant.scopes, 'team_chat:read:list_contacts'),
        pmi: !!settings?.schedule_meeting && settings.schedule_meeting.personal_meeting !== false,
        passcodeRule: settings?.schedule_meeting?.meeting_password_requirement ?? {},
        passcodeRequired: settings?.schedule_meeting?.require_password_for_scheduling_new_meetings ?? false,
      };
      return {
        options,
        capabilities,
        ...(attempt ? { uncertainSince: new Date(attempt.startedAt).toISOString() } : {}),
        ...(unsaved ? { unsavedSince: new Date(unsaved.createdAt).toISOString() } : {}),
      };
    },

    /** Company contacts matching a search (name or email), for alternative hosts. */
    async searchContacts(query: string): Promise<Contact[]> {
      const grant = await deps.tokens.grant({ interactive: false });
      if (!hasScope(grant.scopes, 'team_chat:read:list_contacts')) return [];
      const all = await cached<Contact[]>('contacts', grant.account, CONTACTS_TTL_MS, () => allContacts(), now());
      const needle = query.trim().toLowerCase();
      return all.filter((c) => !needle || c.email.toLowerCase().includes(needle) || c.name.toLowerCase().includes(needle)).slice(0, 8);
    },

    /**
     * Creates the meeting and records it before the page is touched. One attempt id, one POST:
     * the attempt is recorded before the POST, a message seen again joins the first answer or
     * reports what is known, and a create is never retried. A lost answer is looked for at Zoom
     * when the admin allowed listing meetings.
     */
    async create(draft: MeetingDraft, options: MeetingOptions, ontimeUrl: string, attemptId: string): Promise<CreateOutcome> {
      checkDraft(draft);
      const running = inflight.get(attemptId);
      if (running) return running;
      const attempt: CreateAttempt = {
        attempt: attemptId,
        key: attemptKey(ontimeUrl, draft),
        topic: meetingInput(draft, options).topic,
        start: draft.start,
        timeZone: draft.timeZone,
        duration: durationMinutes(draft.start, draft.end),
        password: options.password,
        ontimeUrl,
        event: eventIdentity(draft),
        ...(draft.repeat ? { repeat: draft.repeat, ...(meetingInput(draft, options).type === 3 ? { noFixedTime: true } : {}) } : {}),
        startedAt: now(),
        state: 'pending',
      };
      const run = (async () => {
        const seen = await getAttempt(attemptId);
        if (seen) return settle(seen);
        // Read before the create: once Zoom has made the meeting, nothing may fail before it is recorded.
        const rule = await deps.loadSettings();
        await putAttempt(attempt);
        pruneAttempts(now() - ATTEMPT_KEEP_MS).catch(() => undefined);
        let zoom: ZoomMeeting;
        try {
          zoom = await deps.api.createMeeting(meetingInput(draft, options));
        } catch (error) {
          if (error instanceof Failure && isUncertain(error)) return settle({ ...attempt, state: 'uncertain' });
          await putAttempt({ ...attempt, state: 'done' }); // nothing was made
          throw error;
        }
        const { info: meeting, joinUrlProblem } = meetingInfo(zoom, draft, rule);
        // A refused link is never written, but the meeting exists at Zoom: it is kept on record,
        // without the link, as an orphan the popup offers to delete.
        await record(meeting, attempt, joinUrlProblem ? 'orphaned' : 'created');
        if (joinUrlProblem) throw new Failure('joinUrlRejected', { problem: joinUrlProblem, id: String(meeting.id) });
        return { meeting };
      })();
      inflight.set(attemptId, run);
      run.finally(() => inflight.delete(attemptId)).catch(() => undefined);
      return run;
    },

    /** What became of an attempt whose answer the page did not get (the worker was stopped). */
    async attemptStatus(attemptId: string): Promise<CreateOutcome> {
      const running = inflight.get(attemptId);
      if (running) return running;
      const seen = await getAttempt(attemptId);
      // Recorded before its POST: no record, no POST. The page may send the create again.
      if (!seen) throw new Failure('attemptUnknown');
      return settle(seen);
    },

    /**
     * Our record's view of a meeting whose link is in the editor: the meeting when it is ours
     * (null: not ours), and, for one the page must show but never change, why (ownership.ts
     * `standing`: a copy in a new event's editor, shared by several events, deleted at Zoom).
     */
    async status(id: number, joinUrl: string, ontimeUrl: string, event: EventIdentity, newEvent = false): Promise<{ meeting: MeetingInfo | null; standing?: MeetingStanding }> {
      const record = await getMeeting(id);
      const found = standing(record, joinUrl, ontimeUrl, event, newEvent);
      if (found === 'notOurs') return { meeting: null };
      if (found === 'deleted') return { meeting: null, standing: 'deleted' };
      return found === 'ours' ? { meeting: infoFrom(record!) } : { meeting: infoFrom(record!), standing: found };
    },

    /**
     * The event was saved: PATCH Zoom only for a meeting of ours whose subject or time changed.
     * `openedAs` is the event as the editor opened it; the record then follows the saved event.
     */
    async saved(id: number, joinUrl: string, openedAs: EventIdentity, draft: MeetingDraft, ontimeUrl: string): Promise<boolean> {
      checkDraft(draft);
      const record = await getMeeting(id);
      // Held by more than one event: a save of one of them never moves or renames it for the others.
      if (!isOurs(record, joinUrl, ontimeUrl, openedAs) || record.shared) return false;
      if (record.repeat && draft.scope === 'occurrence') return occurrenceSaved(record, openedAs, draft);
      const event = eventIdentity(draft);
      const patch = meetingPatch(record, draft);
      if (!patch) {
        await updateMeeting(id, { state: record.state === 'updated' ? 'updated' : 'saved', event }, now());
        return false;
      }
      await deps.api.updateMeeting(id, patch);
      const series = draft.repeat ? { repeat: draft.repeat, noFixedTime: patch.type === 3 || (patch.type === undefined && !!record.noFixedTime) } : { repeat: undefined, noFixedTime: undefined };
      // A new rule or first start makes new occurrences: earlier moves and deletions no longer name any.
      const reset = patch.start_time ? { moved: undefined, cancelled: undefined } : {};
      await updateMeeting(id, { state: 'updated', event, topic: patch.topic ?? record.topic, start: draft.start, timeZone: draft.timeZone, duration: patch.duration ?? record.duration, ...series, ...reset }, now());
      return true;
    },

    /** Saved with another link in place of ours: no event carries ours any more, saved before or not. */
    async leftEvent(id: number, joinUrl: string, ontimeUrl: string, event: EventIdentity): Promise<void> {
      const record = await getMeeting(id);
      // A shared meeting left one event: the others still hold it.
      if (isOurs(record, joinUrl, ontimeUrl, event) && record.state !== 'deleted' && !record.shared) await updateMeeting(id, { state: 'orphaned' }, now());
    },

    /**
     * A NEW event (its editor offered no Delete) was saved holding our link. When the meeting is
     * already saved with an event (or shared), this is a copy of that event (OnTime's duplicate,
     * our link pasted into a new event): more than one event holds it now. It is marked shared (the
     * popup says so), and from then on no event's save or delete on the page changes it at Zoom.
     * Decided here, from the record, not from the page's view: the page may not have heard back
     * about the link yet when the user saves. Marked at the Save press: a save the page then
     * refused leaves it marked, which only keeps it from being changed. Anything else: nothing.
     */
    async copySaved(id: number, joinUrl: string, ontimeUrl: string): Promise<boolean> {
      const record = await getMeeting(id);
      if (!isOurLink(record, joinUrl, ontimeUrl) || !(record.shared || isSavedWithEvent(record))) return false;
      await updateMeeting(id, { shared: true }, now());
      return true;
    },

    /** The page that asked for this meeting is gone before its link was written: an orphan. */
    async pageGone(id: number): Promise<void> {
      const record = await getMeeting(id);
      if (record && isUnsaved(record)) await updateMeeting(id, { state: 'orphaned' }, now());
    },

    async cancelled(id: number, joinUrl: string, ontimeUrl: string, event: EventIdentity): Promise<void> {
      const record = await getMeeting(id);
      if (isOurs(record, joinUrl, ontimeUrl, event) && isUnsaved(record)) await updateMeeting(id, { state: 'orphaned' }, now());
    },

    /**
     * Deletes a meeting of ours at Zoom. From the page, the link in the event must be ours too;
     * from our popup, our record is enough. Safe to repeat: already gone at Zoom is done.
     */
    async remove(id: number, seenIn: { joinUrl: string; ontimeUrl: string; event: EventIdentity; occurrence?: boolean } | null): Promise<'deleted' | 'kept'> {
      const record = await getMeeting(id);
      // Other events hold it too: an event deleted on the page leaves it at Zoom (the popup can
      // delete it). It goes on top of the popup's list, where the user is told to look.
      if (seenIn && record?.shared && isOurLink(record, seenIn.joinUrl, seenIn.ontimeUrl)) {
        await updateMeeting(id, {}, now());
        return 'kept';
      }
      const ours = seenIn ? isOurs(record, seenIn.joinUrl, seenIn.ontimeUrl, seenIn.event) : !!record && record.state !== 'deleted';
      if (!ours) {
        if (record?.state === 'deleted') return 'deleted'; // a repeated Remove
        throw new Failure('notOurs');
      }
      if (seenIn?.occurrence && record!.repeat) {
        await occurrenceDeleted(record!, seenIn.event);
        return 'deleted';
      }
      try {
        await deps.api.deleteMeeting(id);
      } catch (error) {
        // Already gone at Zoom is the outcome the user asked for.
        if (!(error instanceof Failure && error.kind === 'meetingNotFound')) throw error;
      }
      await updateMeeting(id, { state: 'deleted' }, now());
      return 'deleted';
    },

    /**
     * "Manage it here", after the user's click: the meeting is read from Zoom, must carry the very
     * link in the event and be hosted by the connected user, and is then recorded as ours for this
     * event. Both checks need their scope: without them, nothing is taken over.
     */
    async adopt(id: number, joinUrl: string, draft: MeetingDraft, ontimeUrl: string): Promise<MeetingInfo> {
      // One of ours whose event was moved or renamed outside our editor: bind it to this event again.
      const known = await getMeeting(id);
      if (isOurLink(known, joinUrl, ontimeUrl)) {
        const rebound = await updateMeeting(id, { event: eventIdentity(draft) }, now());
        return infoFrom(rebound ?? known);
      }
      const grant = await deps.tokens.grant({ interactive: true });
      const lacking = ['meeting:read:meeting', 'user:read:user'].filter((scope) => !hasScope(grant.scopes, scope));
      if (lacking.length) throw new Failure('scopeMissing', { scopes: lacking.join(' ') });
      const zoom = await deps.api.getMeeting(id);
      if (!sameJoinLink(zoom.join_url, joinUrl)) throw new Failure('notOurs');
      const me = await deps.api.me();
      if (!zoom.host_id || zoom.host_id !== me.id) throw new Failure('notHost');
      // Zoom's own link, checked, is what we record; the page's copy only had to name it.
      const adopted = meetingInfo(zoom, draft, await deps.loadSettings());
      if (adopted.joinUrlProblem) throw new Failure('joinUrlRejected', { problem: adopted.joinUrlProblem, id: String(id) });
      const timeZone = zoom.timezone || draft.timeZone;
      const at = now();
      const record: MeetingRecord = {
        ...adopted.info,
        start: (zoom.start_time && wallClock(zoom.start_time, timeZone)) || draft.start,
        duration: zoom.duration ?? durationMinutes(draft.start, draft.end),
        timeZone,
        ontimeUrl,
        event: eventIdentity(draft),
        state: 'saved',
        adopted: true,
        createdAt: at,
        updatedAt: at,
      };
      await putMeeting(record);
      return infoFrom(record);
    },
  };

  /**
   * One occurrence of a series was saved. Zoom moves that occurrence only (occurrence_id: its
   * first start); a new subject is the series' (OnTime keeps one subject per series). A meeting
   * with no fixed time has no occurrences at Zoom: only our record follows the move.
   */
  async function occurrenceSaved(record: MeetingRecord, openedAs: EventIdentity, draft: MeetingDraft): Promise<boolean> {
    const first = originalStart(record, openedAs.start);
    const patch = record.noFixedTime ? null : occurrencePatch(openedAs.start, record.duration, draft);
    if (patch) await deps.api.updateMeeting(record.id, patch, occurrenceId(first, record.timeZone));
    const topic = draft.subject.trim();
    const renamed = topic && topic !== record.topic ? topic.slice(0, 200) : null;
    if (renamed) await deps.api.updateMeeting(record.id, { topic: renamed });
    const moved = { ...record.moved };
    if (draft.start === first) delete moved[first];
    else moved[first] = draft.start;
    const event = renamed ? { ...eventOf(record), subject: topic } : record.event;
    await updateMeeting(record.id, { moved, ...(renamed ? { topic: renamed } : {}), ...(event ? { event } : {}), state: patch || renamed ? 'updated' : record.state === 'updated' ? 'updated' : 'saved' }, now());
    return !!(patch || renamed);
  }

  /** One occurrence was deleted: that occurrence only at Zoom; the series and its link stay. */
  async function occurrenceDeleted(record: MeetingRecord, shown: EventIdentity): Promise<void> {
    const first = originalStart(record, shown.start);
    if (!record.noFixedTime) {
      try {
        await deps.api.deleteMeeting(record.id, occurrenceId(first, record.timeZone));
      } catch (error) {
        if (!(error instanceof Failure && error.kind === 'meetingNotFound')) throw error;
      }
    }
    await updateMeeting(record.id, { cancelled: [...new Set([...(record.cancelled ?? []), first])] }, now());
  }

  /**
   * Records a meeting we made, then marks its attempt done: the record comes first, so none is
   * lost. Earlier lost answers for this event stop warning in the dialog, but stay listed in the
   * popup: Zoom may have made them.
   */
  async function record(meeting: MeetingInfo, attempt: CreateAttempt, state: 'created' | 'orphaned'): Promise<void> {
    const at = now();
    const { event } = attempt;
    await putMeeting({ ...meeting, ontimeUrl: attempt.ontimeUrl, state, attempt: attempt.attempt, ...(event ? { event } : {}), createdAt: at, updatedAt: at });
    await putAttempt({ ...attempt, state: 'done', meetingId: meeting.id });
    for (let open = await openAttemptFor(attempt.key); open; open = await openAttemptFor(attempt.key)) await putAttempt({ ...open, state: 'superseded' });
  }

  /** An attempt seen before: its meeting, the meeting found again at Zoom, or the lost-answer failure. */
  async function settle(attempt: CreateAttempt): Promise<CreateOutcome> {
    // Stopped between recording the meeting and marking the attempt done: the meeting is known.
    const recorded = attempt.state === 'done' ? undefined : await meetingOfAttempt(attempt.attempt);
    if (recorded) {
      await putAttempt({ ...attempt, state: 'done', meetingId: recorded.id });
      return settle({ ...attempt, state: 'done', meetingId: recorded.id });
    }
    if (attempt.state === 'done') {
      const done = attempt.meetingId ? await getMeeting(attempt.meetingId) : undefined;
      // Kept without a link: its join link was refused, so there is nothing to write.
      if (done && !done.joinUrl) throw new Failure('joinUrlRejected', { id: String(done.id) });
      if (done) return { meeting: infoFrom(done) };
      throw new Failure('createUncertain', { at: new Date(attempt.startedAt).toISOString() });
    }
    const found = await findAtZoom(attempt).catch(() => null);
    if (found) {
      const checked = checkJoinUrl(found.join_url, await deps.loadSettings());
      const meeting: MeetingInfo = {
        id: found.id,
        topic: found.topic,
        joinUrl: checked.ok ? checked.joinUrl : '',
        password: attempt.password,
        start: attempt.start,
        duration: found.duration ?? attempt.duration,
        timeZone: attempt.timeZone,
        dialIn: [],
        ...(attempt.repeat ? { repeat: attempt.repeat } : {}),
        ...(attempt.noFixedTime ? { noFixedTime: true } : {}),
      };
      await record(meeting, attempt, checked.ok ? 'created' : 'orphaned');
      if (!checked.ok) throw new Failure('joinUrlRejected', { problem: checked.problem, id: String(meeting.id) });
      return { meeting, recovered: true };
    }
    await putAttempt({ ...attempt, state: 'uncertain' });
    throw new Failure('createUncertain', { at: new Date(attempt.startedAt).toISOString() });
  }

  /**
   * The meeting a lost create made, from the user's scheduled meetings (meeting:read:list_meetings,
   * optional). Zoom may still be working on the create: look again for a short while.
   */
  async function findAtZoom(attempt: CreateAttempt): Promise<ZoomListedMeeting | null> {
    const grant = await deps.tokens.grant({ interactive: false });
    if (!hasScope(grant.scopes, 'meeting:read:list_meetings')) return null;
    for (;;) {
      // Read each time: another event's create may record its meeting while this one waits.
      const ours = new Set((await recentMeetings(500)).map((r) => r.id));
      const match = matchAttempt(attempt, await scheduled(), ours);
      if (match === 'ambiguous') return null; // waiting will not make two meetings one
      if (match || now() > attempt.startedAt + RECONCILE_WAIT_MS) return match;
      await new Promise((r) => setTimeout(r, RECONCILE_POLL_MS));
    }
  }

  async function scheduled(): Promise<ZoomListedMeeting[]> {
    const all: ZoomListedMeeting[] = [];
    let token = '';
    for (let page = 0; page < MAX_LIST_PAGES; page++) {
      const result = await deps.api.scheduledMeetings(token);
      all.push(...(result.meetings ?? []));
      token = result.next_page_token ?? '';
      if (!token) break;
    }
    return all;
  }

  return service;
}

export type MeetingService = ReturnType<typeof createMeetingService>;
