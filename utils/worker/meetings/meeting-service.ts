import { Failure } from '@/utils/shared/failures';
import { hasScope } from '@/utils/worker/auth/scopes';
import { cached } from '@/utils/worker/zoom/session-cache';
import type { ZoomUserSettings } from '@/utils/worker/zoom/types';
import type { TokenService } from '@/utils/worker/auth/token-service';
import type { ZoomApi } from '@/utils/worker/zoom/api';
import { defaultOptions } from '@/utils/worker/meetings/defaults';
import { isUnsaved, meetingPatch } from '@/utils/worker/meetings/lifecycle';
import { meetingInfo, meetingInput, type CheckedMeeting } from '@/utils/worker/meetings/zoom-body';
import { deleteAttempt, getAttempt, getMeeting, putAttempt, putMeeting, updateMeeting, type MeetingRecord } from '@/utils/worker/meetings/meeting-records';
import type { Contact, DialogCapabilities, MeetingDraft, MeetingInfo, MeetingOptions } from '@/utils/shared/meeting-types';
import { isValidDraft, wallClock } from '@/utils/shared/wall-clock';
import type { JoinUrlRule } from '@/utils/shared/join-url';

export interface MeetingServiceDeps {
  tokens: Pick<TokenService, 'grant'>;
  api: ZoomApi;
  /** The settings in force: Zoom's join links must point at the chosen Zoom domain. */
  loadSettings(): Promise<JoinUrlRule>;
  now?: () => number;
}

/** One event: the OnTime page (without its query), subject and start. */
function attemptKey(ontimeUrl: string, draft: MeetingDraft): string {
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
  const { id, topic, joinUrl, password, start, duration, timeZone, dialIn } = record;
  return { id, topic, joinUrl, password, start, duration, timeZone, dialIn };
}

const SETTINGS_TTL_MS = 30 * 60_000;
const CONTACTS_TTL_MS = 30 * 60_000;
const MAX_CONTACT_PAGES = 20;

export function createMeetingService(deps: MeetingServiceDeps) {
  const now = deps.now ?? Date.now;

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

  /** A meeting we did not make (OnTime's own, or made in another browser): learn it from Zoom. */
  async function recordFromZoom(id: number, draft: MeetingDraft): Promise<MeetingRecord> {
    const zoom = await deps.api.getMeeting(id);
    const timeZone = zoom.timezone || draft.timeZone;
    const at = now();
    const record: MeetingRecord = {
      ...meetingInfo(zoom, draft, await deps.loadSettings()).info,
      start: (zoom.start_time && wallClock(zoom.start_time, timeZone)) || draft.start,
      duration: zoom.duration ?? 0,
      timeZone,
      ontimeUrl: '',
      state: 'saved',
      createdAt: at,
      updatedAt: at,
    };
    await putMeeting(record);
    return record;
  }

  return {
    /**
     * Connects (consent on first use) and proposes the dialog's values, with a warning when an
     * earlier create for this event got no answer.
     */
    async prepare(draft: MeetingDraft, ontimeUrl: string): Promise<{ options: MeetingOptions; capabilities: DialogCapabilities; uncertainSince?: string }> {
      checkDraft(draft);
      const grant = await deps.tokens.grant({ interactive: true });
      // The account's defaults change rarely: read once per half hour, not on every click.
      const settings = hasScope(grant.scopes, 'user:read:settings')
        ? await cached<ZoomUserSettings | null>('userSettings', grant.apiBase, SETTINGS_TTL_MS, () => deps.api.userSettings(), now()).catch(() => null)
        : null;
      const attempt = await getAttempt(attemptKey(ontimeUrl, draft));
      const options = defaultOptions(draft.subject, settings);
      const capabilities: DialogCapabilities = {
        contacts: hasScope(grant.scopes, 'team_chat:read:list_contacts'),
        pmi: !!settings?.schedule_meeting && settings.schedule_meeting.personal_meeting !== false,
        passcodeRule: settings?.schedule_meeting?.meeting_password_requirement ?? {},
        passcodeRequired: settings?.schedule_meeting?.require_password_for_scheduling_new_meetings ?? false,
      };
      return { options, capabilities, ...(attempt ? { uncertainSince: new Date(attempt.startedAt).toISOString() } : {}) };
    },

    /** Company contacts matching a search (name or email), for alternative hosts. */
    async searchContacts(query: string): Promise<Contact[]> {
      const grant = await deps.tokens.grant({ interactive: false });
      if (!hasScope(grant.scopes, 'team_chat:read:list_contacts')) return [];
      const all = await cached<Contact[]>('contacts', grant.apiBase, CONTACTS_TTL_MS, () => allContacts(), now());
      const needle = query.trim().toLowerCase();
      return all.filter((c) => !needle || c.email.toLowerCase().includes(needle) || c.name.toLowerCase().includes(needle)).slice(0, 8);
    },

    /**
     * Creates the meeting and records it before the page is touched. A create is never retried:
     * when its answer is lost, the attempt stays on record and the user is told.
     */
    async create(draft: MeetingDraft, options: MeetingOptions, ontimeUrl: string): Promise<MeetingInfo> {
      checkDraft(draft);
      const key = attemptKey(ontimeUrl, draft);
      // Read before the create: once Zoom has made the meeting, nothing may fail before it is recorded.
      const rule = await deps.loadSettings();
      const startedAt = now();
      await putAttempt({ key, topic: options.topic || draft.subject, start: draft.start, startedAt });
      let created: CheckedMeeting;
      try {
        created = meetingInfo(await deps.api.createMeeting(meetingInput(draft, options)), draft, rule);
      } catch (error) {
        if (error instanceof Failure && isUncertain(error)) throw new Failure('createUncertain', { at: new Date(startedAt).toISOString() }, { cause: error });
        await deleteAttempt(key);
        throw error;
      }
      const { info: meeting, joinUrlProblem } = created;
      const at = now();
      // A refused link is never written, but the meeting exists at Zoom: it is kept on record,
      // without the link, as an orphan the popup offers to delete.
      await putMeeting({ ...meeting, ontimeUrl, state: joinUrlProblem ? 'orphaned' : 'created', createdAt: at, updatedAt: at });
      await deleteAttempt(key);
      if (joinUrlProblem) throw new Failure('joinUrlRejected', { problem: joinUrlProblem, id: String(meeting.id) });
      return meeting;
    },

    async status(id: number): Promise<MeetingInfo | null> {
      const record = await getMeeting(id);
      return record && record.state !== 'deleted' ? infoFrom(record) : null;
    },

    /** The event was saved: PATCH Zoom only when subject or time changed. */
    async saved(id: number, draft: MeetingDraft): Promise<boolean> {
      checkDraft(draft);
      const record = (await getMeeting(id)) ?? (await recordFromZoom(id, draft));
      const patch = meetingPatch(record, draft);
      if (!patch) {
        await updateMeeting(id, { state: record.state === 'updated' ? 'updated' : 'saved' }, now());
        return false;
      }
      await deps.api.updateMeeting(id, patch);
      await updateMeeting(id, { state: 'updated', topic: patch.topic ?? record.topic, start: draft.start, timeZone: draft.timeZone, duration: patch.duration ?? record.duration }, now());
      return true;
    },

    async cancelled(id: number): Promise<void> {
      const record = await getMeeting(id);
      if (record && isUnsaved(record)) await updateMeeting(id, { state: 'orphaned' }, now());
    },

    async remove(id: number): Promise<void> {
      try {
        await deps.api.deleteMeeting(id);
      } catch (error) {
        // Already gone at Zoom is the outcome the user asked for.
        if (!(error instanceof Failure && error.kind === 'meetingNotFound')) throw error;
      }
      await updateMeeting(id, { state: 'deleted' }, now());
    },
  };
}

export type MeetingService = ReturnType<typeof createMeetingService>;
