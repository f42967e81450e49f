import type { StepResult } from './background/test-connection';
import type { FailureData } from './errors';
import type { MessageCatalog, UiLanguage } from './i18n/translate';
import type { Contact, DialogCapabilities, MeetingDraft, MeetingInfo, MeetingOptions } from './meetings/types';
import type { PageOverrides } from './ontime/selectors';
import type { LinkTarget } from './settings/types';

/**
 * The only things a content script can ask the background. Fixed verbs with checked payloads:
 * there is no generic way to call Zoom from a page.
 */
export interface Verbs {
  /** Page strings for the page's language. */
  hello: {
    request: { lang: UiLanguage };
    response: { lang: UiLanguage; messages: MessageCatalog; joinHosts: string[]; overrides: PageOverrides; linkTarget: LinkTarget };
  };
  /** Connects (consent when needed) and returns the dialog's starting values. */
  prepareMeeting: { request: { draft: MeetingDraft }; response: { options: MeetingOptions; capabilities: DialogCapabilities; uncertainSince?: string } };
  /** Zoom contacts matching a search, for alternative hosts. */
  searchContacts: { request: { query: string }; response: { contacts: Contact[] } };
  createMeeting: { request: { draft: MeetingDraft; options: MeetingOptions }; response: { meeting: MeetingInfo } };
  deleteMeeting: { request: { id: number }; response: { deleted: true } };
  /** What our record knows of a meeting whose link is in the editor (null: not ours). */
  meetingStatus: { request: { id: number }; response: { meeting: MeetingInfo | null } };
  /** The link and invitation are in the editor's fields. */
  meetingWritten: { request: { id: number }; response: { ok: true } };
  /** OnTime saved the event: update Zoom if subject or time changed. */
  eventSaved: { request: { id: number; draft: MeetingDraft }; response: { updated: boolean } };
  /** The editor was cancelled after the meeting was made: the meeting is an orphan. */
  editorCancelled: { request: { id: number }; response: { ok: true } };

  // Extension pages only (popup, options): never answered to a content script.
  connectionState: { request: Record<string, never>; response: ConnectionState };
  disconnect: { request: Record<string, never>; response: { revoked: boolean } };
  testConnection: { request: Record<string, never>; response: { steps: StepResult[] } };
  listMeetings: { request: Record<string, never>; response: { meetings: RecordedMeeting[]; uncertain: { topic: string; start: string; startedAt: number }[] } };
}

export interface ConnectionState {
  configured: boolean;
  connected: boolean;
  scopes: string[];
  /** Required scopes not granted, each with the message key of what stops working. */
  missing: { scope: string; feature: string }[];
}

export interface RecordedMeeting extends MeetingInfo {
  state: string;
  createdAt: number;
  orphan: boolean;
}

/** Verbs a content script on an OnTime page may send. */
export const PAGE_VERBS: readonly Verb[] = ['hello', 'prepareMeeting', 'searchContacts', 'createMeeting', 'deleteMeeting', 'meetingStatus', 'meetingWritten', 'eventSaved', 'editorCancelled'];
/** Verbs only the extension's own pages may send. */
export const EXTENSION_PAGE_VERBS: readonly Verb[] = ['connectionState', 'disconnect', 'testConnection', 'listMeetings', 'deleteMeeting'];

export type Verb = keyof Verbs;
export type RequestOf<V extends Verb> = Verbs[V]['request'];
export type ResponseOf<V extends Verb> = Verbs[V]['response'];

export type Message = { [V in Verb]: { verb: V; payload: RequestOf<V> } }[Verb];
export type Reply<V extends Verb> = { ok: true; data: ResponseOf<V> } | { ok: false; failure: FailureData };

const isString = (v: unknown): v is string => typeof v === 'string';
const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

function isDraft(v: unknown): v is MeetingDraft {
  return (
    isObject(v) &&
    isString(v.subject) && v.subject.length <= 500 &&
    isString(v.start) && LOCAL_DATE_TIME.test(v.start) &&
    isString(v.end) && LOCAL_DATE_TIME.test(v.end) &&
    isString(v.timeZone) && /^[A-Za-z0-9_+\-/]{1,64}$/.test(v.timeZone)
  );
}

function isOptions(v: unknown): v is MeetingOptions {
  return (
    isObject(v) &&
    isString(v.topic) && v.topic.length <= 500 &&
    isString(v.password) && v.password.length <= 10 &&
    isBool(v.waitingRoom) && isBool(v.hostVideo) && isBool(v.participantVideo) &&
    isBool(v.joinBeforeHost) && isBool(v.muteUponEntry) &&
    (v.autoRecording === 'none' || v.autoRecording === 'local' || v.autoRecording === 'cloud') &&
    isString(v.alternativeHosts) && v.alternativeHosts.length <= 1000 && isBool(v.usePmi)
  );
}

function isMeetingId(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v > 0;
}

const payloadChecks: { [V in Verb]: (p: unknown) => boolean } = {
  hello: (p) => isObject(p) && (p.lang === 'en' || p.lang === 'ja'),
  prepareMeeting: (p) => isObject(p) && isDraft(p.draft),
  createMeeting: (p) => isObject(p) && isDraft(p.draft) && isOptions(p.options),
  deleteMeeting: (p) => isObject(p) && isMeetingId(p.id),
  meetingStatus: (p) => isObject(p) && isMeetingId(p.id),
  searchContacts: (p) => isObject(p) && isString(p.query) && p.query.length <= 100,
  meetingWritten: (p) => isObject(p) && isMeetingId(p.id),
  eventSaved: (p) => isObject(p) && isMeetingId(p.id) && isDraft(p.draft),
  editorCancelled: (p) => isObject(p) && isMeetingId(p.id),
  connectionState: isEmpty,
  disconnect: isEmpty,
  testConnection: isEmpty,
  listMeetings: isEmpty,
};

function isEmpty(p: unknown): boolean {
  return isObject(p) && Object.keys(p).length === 0;
}

/** Schema check for an incoming message. */
export function parseMessage(raw: unknown): Message | null {
  if (!isObject(raw) || !isString(raw.verb) || !(raw.verb in payloadChecks)) return null;
  return payloadChecks[raw.verb as Verb](raw.payload) ? (raw as Message) : null;
}
