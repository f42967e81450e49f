// Meeting create/update semantics: validation (spec types + account rules), defaults from the
// user's settings, derived passcodes and URLs, dial-in numbers.
import { validationFailed } from './errors.ts';
import type { SimResponse } from './http.ts';
import { isoSeconds, randomMeetingNumber, randomToken } from './ids.ts';
import { deepMerge, isObject } from './merge.ts';
import { derivedPasswords, generatePassword, passwordProblem, passwordRules } from './passwords.ts';
import { GLOBAL_DIAL_IN_NUMBERS, SIM_USER } from './seed.ts';
import type { SimState } from './state.ts';
import { normaliseStartTime } from './time.ts';
import type { JsonObject, Meeting } from './types.ts';
import { isKnownTimeZone, validateMeetingCreate, validateMeetingUpdate, type FieldError } from './validate.ts';
import { occurrencesOf, recurrenceErrors, type SimOccurrence } from './recurrence.ts';

export type MeetingResult = { meeting: Meeting } | { error: SimResponse };

function section(settings: JsonObject, name: string): JsonObject {
  const value = settings[name];
  return isObject(value) ? value : {};
}

/** What Zoom fills in when the body leaves a setting out: the account's scheduling defaults (the settings the extension reads). */
function defaultMeetingSettings(userSettings: JsonObject): JsonObject {
  const schedule = section(userSettings, 'schedule_meeting');
  return {
    host_video: schedule.host_video ?? false,
    participant_video: schedule.participants_video ?? false,
    join_before_host: schedule.join_before_host ?? false,
    mute_upon_entry: schedule.mute_upon_entry ?? false,
    use_pmi: schedule.use_pmi_for_scheduled_meetings ?? false,
    audio: schedule.audio_type === 'thirdParty' ? 'both' : (schedule.audio_type ?? 'both'),
    auto_recording: section(userSettings, 'recording').auto_recording ?? 'none',
    alternative_hosts: '',
    waiting_room: section(userSettings, 'in_meeting').waiting_room ?? false,
  };
}

// VoIP-only meetings have no phone numbers to dial, so Zoom lists none.
function withDialIn(settings: JsonObject): JsonObject {
  return { ...settings, global_dial_in_numbers: settings.audio === 'voip' ? [] : GLOBAL_DIAL_IN_NUMBERS.map((n) => ({ ...n })) };
}

function joinUrl(state: SimState, id: number, encrypted: string): string {
  const embed = section(state.config.userSettings, 'schedule_meeting').embed_password_in_join_link !== false;
  return `${state.baseUrl}/j/${id}${encrypted && embed ? `?pwd=${encrypted}` : ''}`;
}

/** Checks beyond the spec's types: known time zone, the account's passcode rules. */
function semanticErrors(state: SimState, body: JsonObject, passwordGiven: boolean): FieldError[] {
  const errors: FieldError[] = [];
  if (typeof body.timezone === 'string' && !isKnownTimeZone(body.timezone)) errors.push({ field: 'timezone', message: 'Invalid field.' });
  if (passwordGiven && typeof body.password === 'string') {
    const problem = passwordProblem(body.password, passwordRules(state.config.userSettings));
    if (problem) errors.push({ field: 'password', message: problem });
  }
  return errors;
}

function uniqueMeetingNumber(state: SimState): number {
  for (;;) {
    const id = randomMeetingNumber();
    if (!state.meetings.has(id) && !state.deletedMeetings.has(id)) return id;
  }
}

export function createMeeting(state: SimState, body: JsonObject): MeetingResult {
  const typeErrors = validateMeetingCreate(body);
  if (typeErrors.length > 0) return { error: validationFailed(typeErrors) };
  // An empty passcode means "none given": Zoom then generates one if the account requires it.
  const given = typeof body.password === 'string' && body.password !== '' ? body.password : undefined;
  const errors = semanticErrors(state, body, given !== undefined);
  if (body.type === 8) errors.push(...recurrenceErrors(body.recurrence));
  if (errors.length > 0) return { error: validationFailed(errors) };

  const schedule = section(state.config.userSettings, 'schedule_meeting');
  const rules = passwordRules(state.config.userSettings);
  const accountDefault = typeof schedule.default_password_for_scheduled_meetings === 'string' ? schedule.default_password_for_scheduled_meetings : '';
  const password = given ?? (body.default_password === true && accountDefault ? accountDefault : rules.required ? generatePassword(rules) : '');
  const derived = derivedPasswords(password);
  const timezone = typeof body.timezone === 'string' ? body.timezone : SIM_USER.timezone;
  const id = uniqueMeetingNumber(state);
  const meeting: Meeting = {
    id,
    host_id: SIM_USER.id,
    host_email: SIM_USER.email,
    topic: typeof body.topic === 'string' ? body.topic : 'Zoom Meeting',
    type: typeof body.type === 'number' ? body.type : 2,
    status: 'waiting',
    start_time: typeof body.start_time === 'string' ? normaliseStartTime(body.start_time, timezone) : isoSeconds(state.now()),
    duration: typeof body.duration === 'number' ? body.duration : 60,
    timezone,
    agenda: typeof body.agenda === 'string' ? body.agenda : '',
    created_at: isoSeconds(state.now()),
    start_url: `${state.baseUrl}/s/${id}?zak=${randomToken('', 48)}`,
    join_url: joinUrl(state, id, derived.encrypted_password),
    password,
    ...derived,
    settings: withDialIn(deepMerge(defaultMeetingSettings(state.config.userSettings), isObject(body.settings) ? body.settings : {})),
  };
  if (meeting.type === 8 && isObject(body.recurrence)) meeting.recurrence = body.recurrence;
  scheduleOccurrences(meeting);
  state.meetings.set(id, meeting);
  return { meeting };
}

/** Applies a PATCH body in place; returns an error response when the body is rejected. */
export function updateMeeting(state: SimState, meeting: Meeting, body: JsonObject): SimResponse | undefined {
  const typeErrors = validateMeetingUpdate(body);
  if (typeErrors.length > 0) return validationFailed(typeErrors);
  const errors = semanticErrors(state, body, typeof body.password === 'string');
  if (errors.length > 0) return validationFailed(errors);

  if (typeof body.timezone === 'string') meeting.timezone = body.timezone;
  if (typeof body.topic === 'string') meeting.topic = body.topic;
  if (typeof body.type === 'number') meeting.type = body.type;
  if (typeof body.duration === 'number') meeting.duration = body.duration;
  if (typeof body.agenda === 'string') meeting.agenda = body.agenda;
  if (typeof body.start_time === 'string') meeting.start_time = normaliseStartTime(body.start_time, meeting.timezone);
  if (typeof body.password === 'string' && body.password !== meeting.password) {
    const derived = derivedPasswords(body.password);
    Object.assign(meeting, { password: body.password, ...derived, join_url: joinUrl(state, meeting.id, derived.encrypted_password) });
  }
  if (isObject(body.recurrence)) meeting.recurrence = body.recurrence;
  if (meeting.type !== 8) delete meeting.recurrence;
  if (isObject(body.settings)) meeting.settings = withDialIn(deepMerge(meeting.settings, body.settings));
  scheduleOccurrences(meeting);
  return undefined;
}

/** Type 8: the series' occurrences, again after each change; an occurrence deleted before stays deleted. */
function scheduleOccurrences(meeting: Meeting): void {
  if (meeting.type !== 8 || !isObject(meeting.recurrence)) {
    delete meeting.occurrences;
    return;
  }
  const before = new Map(((meeting.occurrences as SimOccurrence[] | undefined) ?? []).map((o) => [o.occurrence_id, o]));
  meeting.occurrences = occurrencesOf(meeting.start_time, meeting.timezone, meeting.duration, meeting.recurrence).map((o) =>
    before.get(o.occurrence_id)?.status === 'deleted' ? { ...o, status: 'deleted' } : o,
  );
}

/** Checks a PATCH body before it is applied: a type 8 result needs a valid recurrence. */
export function seriesErrors(meeting: Meeting, body: JsonObject): FieldError[] {
  const type = typeof body.type === 'number' ? body.type : meeting.type;
  if (type !== 8) return [];
  return recurrenceErrors(isObject(body.recurrence) ? body.recurrence : meeting.recurrence);
}

// What one occurrence may change at Zoom: its time and a few details, never the topic or the series.
const OCCURRENCE_FIELDS = new Set(['start_time', 'duration', 'timezone', 'agenda', 'settings']);

/** PATCH ?occurrence_id=…: moves or resizes one occurrence of a type 8 series. */
export function updateOccurrence(meeting: Meeting, occurrence: SimOccurrence, body: JsonObject): SimResponse | undefined {
  const refused = Object.keys(body).filter((k) => !OCCURRENCE_FIELDS.has(k));
  if (refused.length) return validationFailed(refused.map((field) => ({ field, message: 'Invalid field.' })));
  const typeErrors = validateMeetingUpdate(body);
  if (typeErrors.length > 0) return validationFailed(typeErrors);
  const zone = typeof body.timezone === 'string' ? body.timezone : meeting.timezone;
  if (typeof body.start_time === 'string') occurrence.start_time = normaliseStartTime(body.start_time, zone);
  if (typeof body.duration === 'number') occurrence.duration = body.duration;
  return undefined;
}

/** The live occurrence with this id, if the meeting has one. */
export function findOccurrence(meeting: Meeting, id: string): SimOccurrence | undefined {
  return ((meeting.occurrences as SimOccurrence[] | undefined) ?? []).find((o) => o.occurrence_id === id && o.status !== 'deleted');
}

/** The meeting as Zoom answers: deleted occurrences left out, no start for a meeting with no fixed time. */
export function present(meeting: Meeting, occurrence?: SimOccurrence): JsonObject {
  const { occurrences, ...rest } = meeting;
  const out: JsonObject = { ...rest };
  if (Array.isArray(occurrences)) out.occurrences = (occurrences as SimOccurrence[]).filter((o) => o.status !== 'deleted');
  if (meeting.type === 3) delete out.start_time;
  if (occurrence) Object.assign(out, { start_time: occurrence.start_time, duration: occurrence.duration, occurrence_id: occurrence.occurrence_id });
  return out;
}
