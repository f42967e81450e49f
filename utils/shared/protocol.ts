import type { FailureData } from '@/utils/shared/failures';
import type { MessageCatalog, UiLanguage } from '@/utils/shared/translate';
import type { Contact, DialogCapabilities, EventIdentity, MeetingDraft, MeetingInfo, MeetingOptions, MeetingStanding } from '@/utils/shared/meeting-types';
import type { LinkTarget, PageOverrides } from '@/utils/shared/settings/types';
import type { IgnoredSetting } from '@/utils/shared/settings/resolve-settings';
import { isWallClock } from '@/utils/shared/wall-clock';
import { isRepeatRule } from '@/utils/shared/repeat-rule';

/**
 * The only things a content script or one of our pages can ask the worker: fixed verbs with
 * checked payloads, no generic way to call Zoom. Each verb is one entry: who may send it, whether
 * the sender may send it again when the worker was stopped before it answered, its payload check
 * and (as a type) its answer. Its handler is the entry of the same name in
 * utils/worker/messages/handlers.ts; the compiler insists there is one.
 */
type From = 'page' | 'extensionPage' | 'both';

interface VerbSpec<Request, Answer> {
  /** 'page': a content script on a configured OnTime tab; 'extensionPage': our popup or options. */
  from: From;
  /**
   * Safe to send again after the worker died mid-call: repeating it changes nothing at Zoom that
   * the first call did not. A create is never resent.
   */
  resend: boolean;
  check(payload: unknown): payload is Request;
  /** Never set: carries the answer's type to the sender. */
  answer?: Answer;
}

const verb =
  <Answer>() =>
  <Request>(spec: Omit<VerbSpec<Request, Answer>, 'answer'>): VerbSpec<Request, Answer> =>
    spec;

export type StepId = 'configured' | 'permissions' | 'authorizePage' | 'consent' | 'readSettings' | 'scopes';

/** One line of Test connection on the options page. */
export interface StepResult {
  step: StepId;
  status: 'ok' | 'warn' | 'fail' | 'skipped';
  failure?: FailureData;
  /** Policy or stored values that were not used, and why (the first step reports them). */
  ignored?: IgnoredSetting[];
}

export interface ConnectionState {
  configured: boolean;
  connected: boolean;
  /** The connected account's email (optional scope user:read:user); our own pages only, never a content script. */
  account?: string;
  scopes: string[];
  /** Required scopes not granted, each with the message key of what stops working. */
  missing: { scope: string; feature: string }[];
  /** Optional scopes, each with the message key of what it adds. */
  optional: { scope: string; feature: string; granted: boolean }[];
}

export interface CreateAnswer {
  meeting: MeetingInfo;
  /** Its answer was lost and the meeting was found again at Zoom. */
  recovered?: boolean;
}

export interface RecordedMeeting extends MeetingInfo {
  state: string;
  createdAt: number;
  orphan: boolean;
  /** More than one event holds it: no event changes or deletes it; the popup can. */
  shared?: boolean;
}

export interface PageSetup {
  lang: UiLanguage;
  messages: MessageCatalog;
  /** Hosts of join links the page should recognise besides Zoom's own. */
  joinHosts: string[];
  overrides: PageOverrides;
  linkTarget: LinkTarget;
}

type Empty = Record<string, never>;

export const VERBS = {
  /** Page strings and the admin's page settings. `lang`: the language the page declares (null: none we speak); the answer's `lang` is the one to use (resolveLanguage). */
  hello: verb<PageSetup>()({ from: 'page', resend: true, check: (p): p is { lang: UiLanguage | null } => isObject(p) && (p.lang === 'en' || p.lang === 'ja' || p.lang === null) }),
  /**
   * An editor opened: start the worker (and open its records) now, so that it is running by the
   * time the user clicks the Zoom button. Reads nothing the page gets back.
   */
  warmUp: verb<{ warm: true }>()({ from: 'page', resend: true, check: isEmpty }),
  /**
   * Injects the on-demand part of the page script (the settings dialog, the page check) into the
   * asking frame: the tab and frame the browser names as the sender, never one the page names.
   */
  loadPart: verb<{ loaded: true }>()({ from: 'page', resend: true, check: isEmpty }),
  /** Connects (consent when needed) and returns the dialog's starting values. */
  prepareMeeting: verb<{ options: MeetingOptions; capabilities: DialogCapabilities; uncertainSince?: string; unsavedSince?: string }>()({
    from: 'page',
    resend: true,
    check: (p): p is { draft: MeetingDraft } => isObject(p) && isDraft(p.draft),
  }),
  /** Zoom contacts matching a search, for alternative hosts. */
  searchContacts: verb<{ contacts: Contact[] }>()({
    from: 'page',
    resend: true,
    check: (p): p is { query: string } => isObject(p) && isString(p.query) && p.query.length <= 100,
  }),
  /**
   * One click on OK. Never resent: the worker may have POSTed before it was stopped. The page
   * asks `attemptStatus` with the same attempt id instead.
   */
  createMeeting: verb<CreateAnswer>()({
    from: 'page',
    resend: false,
    check: (p): p is { draft: MeetingDraft; options: MeetingOptions; attempt: string } =>
      isObject(p) && isDraft(p.draft) && isOptions(p.options) && isAttemptId(p.attempt),
  }),
  /** What became of a create whose answer the page lost; never POSTs. attemptUnknown: it never reached Zoom. */
  attemptStatus: verb<CreateAnswer>()({ from: 'page', resend: true, check: (p): p is { attempt: string } => isObject(p) && isAttemptId(p.attempt) }),
  /**
   * Deletes a meeting of ours; a page names the link it saw. Already gone at Zoom is done.
   * `occurrence`: only the occurrence of a series that the page names by `event` (its start).
   * From a page, a meeting more than one event holds is kept at Zoom (`kept: 'shared'`).
   */
  deleteMeeting: verb<{ deleted: true } | { deleted: false; kept: 'shared' }>()({
    from: 'both',
    resend: true,
    check: (p): p is { id: number; joinUrl?: string; event?: EventIdentity; occurrence?: true } =>
      hasMeetingId(p) && (p.joinUrl === undefined || isJoinUrl(p.joinUrl)) && (p.event === undefined || isEvent(p.event)) &&
      (p.occurrence === undefined || (p.occurrence === true && p.event !== undefined)),
  }),
  /**
   * What our record knows of a meeting whose link is in the editor (null: not ours). `newEvent`:
   * the editor is for a new event (it offers no Delete). `standing`: shown, never changed from the
   * page: a copy of an event that holds it, a meeting several events hold, or one deleted at Zoom.
   */
  meetingStatus: verb<{ meeting: MeetingInfo | null; standing?: MeetingStanding }>()({
    from: 'page',
    resend: true,
    check: (p): p is { id: number; joinUrl: string; event: EventIdentity; newEvent?: true } =>
      hasLinkInEvent(p) && ((p as { newEvent?: unknown }).newEvent === undefined || (p as { newEvent?: unknown }).newEvent === true),
  }),
  /** OnTime saved the event: update Zoom if the meeting is ours and subject or time changed. */
  eventSaved: verb<{ updated: boolean }>()({
    from: 'page',
    resend: true,
    check: (p): p is { id: number; joinUrl: string; event: EventIdentity; draft: MeetingDraft } => hasLinkInEvent(p) && isDraft((p as { draft?: unknown }).draft),
  }),
  /** The editor was cancelled after the meeting was made: the meeting is an orphan. */
  editorCancelled: verb<{ ok: true }>()({ from: 'page', resend: true, check: hasLinkInEvent }),
  /** The user saved the event with another link in place of ours: ours is an orphan, saved before or not. */
  meetingLeftEvent: verb<{ ok: true }>()({ from: 'page', resend: true, check: hasLinkInEvent }),
  /**
   * A new event was saved holding a link of ours that the page does not manage (a copy, or not
   * known yet): if the meeting is already saved with an event, it is shared now, and no event's
   * save or delete changes it any more (`shared`).
   */
  newEventSaved: verb<{ shared: boolean }>()({ from: 'page', resend: true, check: hasLinkInEvent }),
  /** "Manage it here": the user takes over a meeting the extension made elsewhere. */
  adoptMeeting: verb<{ meeting: MeetingInfo }>()({
    from: 'page',
    resend: true,
    check: (p): p is { id: number; joinUrl: string; draft: MeetingDraft } => hasLink(p) && isDraft((p as { draft?: unknown }).draft),
  }),

  connectionState: verb<ConnectionState>()({ from: 'extensionPage', resend: true, check: isEmpty }),
  disconnect: verb<{ revoked: boolean }>()({ from: 'extensionPage', resend: true, check: isEmpty }),
  testConnection: verb<{ steps: StepResult[] }>()({ from: 'extensionPage', resend: true, check: isEmpty }),
  listMeetings: verb<{ meetings: RecordedMeeting[]; uncertain: { topic: string; start: string; startedAt: number }[] }>()({
    from: 'extensionPage',
    resend: true,
    check: isEmpty,
  }),
};

export type Verbs = typeof VERBS;
export type Verb = keyof Verbs;
export type RequestOf<V extends Verb> = Verbs[V] extends VerbSpec<infer R, unknown> ? R : never;
export type ResponseOf<V extends Verb> = NonNullable<Verbs[V]['answer']>;

export type Message = { [V in Verb]: { verb: V; payload: RequestOf<V> } }[Verb];
export type Reply<V extends Verb> = { ok: true; data: ResponseOf<V> } | { ok: false; failure: FailureData };

export function isVerb(name: unknown): name is Verb {
  return isString(name) && Object.hasOwn(VERBS, name);
}

/** Whether a sender of this kind may send this verb. */
export function mayAsk(verb: Verb, kind: 'page' | 'extensionPage'): boolean {
  const from = VERBS[verb].from;
  return from === 'both' || from === kind;
}

/** Schema check for an incoming message. */
export function parseMessage(raw: unknown): Message | null {
  if (!isObject(raw) || !isVerb(raw.verb)) return null;
  return (VERBS[raw.verb].check as (p: unknown) => boolean)(raw.payload) ? (raw as Message) : null;
}

function isString(v: unknown): v is string {
  return typeof v === 'string';
}

function isBool(v: unknown): v is boolean {
  return typeof v === 'boolean';
}

function isObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

function isEmpty(p: unknown): p is Empty {
  return isObject(p) && Object.keys(p).length === 0;
}

function isDraft(v: unknown): v is MeetingDraft {
  return (
    isObject(v) &&
    isString(v.subject) && v.subject.length <= 500 &&
    isWallClock(v.start) &&
    isWallClock(v.end) &&
    isString(v.timeZone) && /^[A-Za-z0-9_+\-/]{1,64}$/.test(v.timeZone) &&
    (v.repeat === undefined || isRepeatRule(v.repeat)) &&
    (v.scope === undefined || v.scope === 'series' || v.scope === 'occurrence')
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

function isAttemptId(v: unknown): v is string {
  return isString(v) && /^[A-Za-z0-9-]{8,64}$/.test(v);
}

function isJoinUrl(v: unknown): v is string {
  return isString(v) && v.length <= 2048 && /^https?:\/\//i.test(v);
}

function hasLink(p: unknown): p is { id: number; joinUrl: string } {
  return hasMeetingId(p) && isJoinUrl(p.joinUrl);
}

function isEvent(v: unknown): v is EventIdentity {
  return isObject(v) && isString(v.subject) && v.subject.length <= 500 && isWallClock(v.start);
}

/** A link seen in an event, with the event as the page opened it. */
function hasLinkInEvent(p: unknown): p is { id: number; joinUrl: string; event: EventIdentity } {
  return hasLink(p) && isEvent((p as { event?: unknown }).event);
}

function hasMeetingId(p: unknown): p is { id: number; [key: string]: unknown } {
  return isObject(p) && typeof p.id === 'number' && Number.isSafeInteger(p.id) && p.id > 0;
}
