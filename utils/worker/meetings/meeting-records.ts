import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { DialInNumber, EventIdentity } from '@/utils/shared/meeting-types';
import type { RepeatRule } from '@/utils/shared/repeat-rule';

/** 'written' only in records from earlier versions: it meant the same as 'created'. */
export type MeetingState = 'created' | 'written' | 'saved' | 'updated' | 'deleted' | 'orphaned';

/** Our record of every meeting we made, kept in the extension's own origin. */
export interface MeetingRecord {
  id: number;
  joinUrl: string;
  topic: string;
  start: string;
  duration: number;
  timeZone: string;
  password: string;
  dialIn: DialInNumber[];
  /** The OnTime page the meeting was made from. */
  ontimeUrl: string;
  state: MeetingState;
  /** The page's attempt id for a meeting we made. */
  attempt?: string;
  /** The event we made it for, as we last saw it (created, saved or taken over through our editor). */
  event?: EventIdentity;
  /** Taken over by the user's "Manage it here" (made with this extension elsewhere). */
  adopted?: boolean;
  /** A repeating event: its rule as Zoom last got it; Zoom holds it as type 8, or as type 3 (no fixed time). */
  repeat?: RepeatRule;
  noFixedTime?: boolean;
  /**
   * More than one event holds the meeting: a copy of its event (OnTime's duplicate, our link in a
   * new event) was saved. Neither event may change or delete it from the page; our popup still
   * can. Set once, never cleared: we cannot see every copy go. No schema change: a record without
   * it (every earlier one) is held by one event.
   */
  shared?: boolean;
  /** Occurrences moved on their own: first start → start now. Zoom keeps the first start as the id. */
  moved?: Record<string, string>;
  /** Occurrences deleted on their own, by first start. */
  cancelled?: string[];
  createdAt: number;
  updatedAt: number;
}

/**
 * One click on OK: a create with the attempt id the page chose. Recorded before the POST, so a
 * message seen again never POSTs again, and a create whose answer was lost (network drop, a
 * stopped worker) is known and can be found at Zoom later.
 */
export interface CreateAttempt {
  attempt: string;
  /** Event identity: OnTime page, subject and start (the dialog warns on a later try). */
  key: string;
  topic: string;
  start: string;
  timeZone: string;
  duration: number;
  /** The passcode we asked for: the invitation of a meeting found again needs it. */
  password: string;
  ontimeUrl: string;
  event?: EventIdentity;
  /** A repeating event's rule: a meeting found again after a lost answer is still its series. */
  repeat?: RepeatRule;
  noFixedTime?: boolean;
  startedAt: number;
  /**
   * pending: the POST may be on its way; done: meetingId is ours; uncertain: the answer was lost;
   * superseded: lost, and a later create for the event succeeded (listed, no longer warned of).
   */
  state: 'pending' | 'done' | 'uncertain' | 'superseded';
  meetingId?: number;
}

interface Schema extends DBSchema {
  meetings: { key: number; value: MeetingRecord; indexes: { byUpdatedAt: number; byState: MeetingState } };
  createAttempts: { key: string; value: CreateAttempt; indexes: { byEvent: string } };
}

const DB_NAME = 'ontime-zoom';
// Bump with an upgrade step below whenever the schema changes.
const DB_VERSION = 3;

let db: Promise<IDBPDatabase<Schema>> | null = null;

// Told after every write, so what is derived from the records (the toolbar badge) is read again.
const changeListeners = new Set<() => void>();

/** Calls `listener` after each change to the records; returns the way to stop. */
export function onRecordsChanged(listener: () => void): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}

function changed(): void {
  for (const listener of changeListeners) listener();
}

function open(): Promise<IDBPDatabase<Schema>> {
  db ??= openDB<Schema>(DB_NAME, DB_VERSION, {
    upgrade(database, oldVersion, _newVersion, transaction) {
      if (oldVersion < 1) {
        const store = database.createObjectStore('meetings', { keyPath: 'id' });
        store.createIndex('byUpdatedAt', 'updatedAt');
        store.createIndex('byState', 'state');
      }
      if (oldVersion < 3) {
        const attempts = database.createObjectStore('createAttempts', { keyPath: 'attempt' });
        attempts.createIndex('byEvent', 'key');
        // Version 2 kept lost creates by event, without an attempt id: carry them over as uncertain.
        const old = database as unknown as IDBPDatabase;
        if (old.objectStoreNames.contains('attempts')) {
          const legacy = (transaction as unknown as { objectStore(n: string): { getAll(): Promise<{ key: string; topic: string; start: string; startedAt: number }[]> } }).objectStore('attempts');
          void legacy.getAll().then(async (entries) => {
            for (const e of entries) await attempts.put({ ...e, attempt: crypto.randomUUID(), timeZone: '', duration: 0, password: '', ontimeUrl: '', state: 'uncertain' });
            old.deleteObjectStore('attempts');
          });
        }
      }
    },
  });
  return db;
}

export async function putMeeting(record: MeetingRecord): Promise<void> {
  await (await open()).put('meetings', record);
  changed();
}

export async function getMeeting(id: number): Promise<MeetingRecord | undefined> {
  return (await open()).get('meetings', id);
}

export async function updateMeeting(id: number, patch: Partial<MeetingRecord>, now = Date.now()): Promise<MeetingRecord | undefined> {
  const database = await open();
  const tx = database.transaction('meetings', 'readwrite');
  const record = await tx.store.get(id);
  const next = record ? { ...record, ...patch, id, updatedAt: now } : undefined;
  if (next) await tx.store.put(next);
  await tx.done;
  if (next) changed();
  return next;
}

export async function recentMeetings(limit = 20): Promise<MeetingRecord[]> {
  const all = await (await open()).getAllFromIndex('meetings', 'byUpdatedAt');
  return all.reverse().slice(0, limit);
}

export async function putAttempt(attempt: CreateAttempt): Promise<void> {
  await (await open()).put('createAttempts', attempt);
  changed();
}

export async function getAttempt(attempt: string): Promise<CreateAttempt | undefined> {
  return (await open()).get('createAttempts', attempt);
}

/** The newest attempt for this event whose answer is not known, if any. */
export async function openAttemptFor(key: string): Promise<CreateAttempt | undefined> {
  const all = await (await open()).getAllFromIndex('createAttempts', 'byEvent', key);
  return all.filter((a) => a.state === 'pending' || a.state === 'uncertain').sort((a, b) => b.startedAt - a.startedAt)[0];
}

export async function openAttempts(): Promise<CreateAttempt[]> {
  return (await (await open()).getAll('createAttempts')).filter((a) => a.state !== 'done');
}

/** Attempts settled long ago carry nothing: a resend arrives within seconds. */
export async function pruneAttempts(before: number): Promise<void> {
  const database = await open();
  const tx = database.transaction('createAttempts', 'readwrite');
  for (const a of await tx.store.getAll()) if (a.state === 'done' && a.startedAt < before) await tx.store.delete(a.attempt);
  await tx.done;
}

/** The meeting recorded for an attempt, if the worker got that far. */
export async function meetingOfAttempt(attempt: string): Promise<MeetingRecord | undefined> {
  return (await (await open()).getAll('meetings')).find((m) => m.attempt === attempt);
}
