import type { PasscodeRule } from '@/utils/shared/passcode';
import type { RepeatRule, RepeatScope } from '@/utils/shared/repeat-rule';

/** What the OnTime editor holds, read by the content script. Times are local wall-clock. */
export interface MeetingDraft {
  subject: string;
  /** 'YYYY-MM-DDTHH:mm' in timeZone */
  start: string;
  end: string;
  /** IANA time zone, e.g. Asia/Tokyo */
  timeZone: string;
  /** The event's repeat rule, when it repeats. */
  repeat?: RepeatRule;
  /** For a repeating event: whether the editor changes this occurrence or the whole series. */
  scope?: RepeatScope;
}

/**
 * What identifies an OnTime event to us: its subject and start as we last saw them. A meeting is
 * ours for an event only when one of the two still matches (a move keeps the subject, a rename the
 * start); a copy of our link in another event matches neither.
 */
export interface EventIdentity {
  subject: string;
  start: string;
}

/**
 * How our records see a link of ours that the page must show but never change (see
 * utils/worker/meetings/ownership.ts `standing`):
 * - `copy`: a NEW event's editor (it offers no Delete) holds the link of a meeting we made that is
 *   already saved with an event: the event was duplicated, or our link pasted into a new one;
 * - `shared`: more than one event holds the meeting (a copy was saved): neither may change it;
 * - `deleted`: the very link of a meeting we made and then deleted at Zoom (a dead link).
 */
export type MeetingStanding = 'copy' | 'shared' | 'deleted';

export function eventIdentity(draft: Pick<MeetingDraft, 'subject' | 'start'>): EventIdentity {
  return { subject: draft.subject.trim(), start: draft.start };
}

/** The per-meeting Zoom settings the user confirms in the dialog. */
export interface MeetingOptions {
  topic: string;
  password: string;
  waitingRoom: boolean;
  hostVideo: boolean;
  participantVideo: boolean;
  joinBeforeHost: boolean;
  muteUponEntry: boolean;
  autoRecording: 'none' | 'local' | 'cloud';
  /** Emails, separated by ';' as Zoom expects. */
  alternativeHosts: string;
  usePmi: boolean;
}

/** What the dialog may offer, from the account and the granted scopes. */
export interface DialogCapabilities {
  /** Contacts can be searched (team_chat:read:list_contacts granted); else free text. */
  contacts: boolean;
  /** The account has a personal meeting ID to use. */
  pmi: boolean;
  /** The account's passcode rule, and whether a passcode is required. */
  passcodeRule: PasscodeRule;
  passcodeRequired: boolean;
}

export interface Contact {
  email: string;
  name: string;
}

/** Meeting data the page may see: never a token, never the host's start URL. */
export interface MeetingInfo {
  id: number;
  topic: string;
  joinUrl: string;
  password: string;
  start: string;
  duration: number;
  timeZone: string;
  dialIn: DialInNumber[];
  /** The series' rule, for the invitation. */
  repeat?: RepeatRule;
  /** Zoom holds it as a recurring meeting with no fixed time (type 3). */
  noFixedTime?: boolean;
}

/** A dial-in number as Zoom lists it on a meeting. */
export interface DialInNumber {
  country?: string;
  country_name?: string;
  city?: string;
  number: string;
  type?: string;
}
