import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { DialInNumber } from '@/utils/shared/meeting-types';

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
  createdAt: number;
  updatedAt: number;
}

/**
 * A create whose answer never arrived (network drop, timeout, broken body): Zoom may or may not
 * have made the meeting. Kept so the next attempt for the same event is not silent.
 */
export interface CreateAttempt {
  /** Event identity: OnTime page, subject and start. */
  key: string;
  topic: string;
  start: string;
  startedAt: number;
}

interface Schema extends DBSchema {
  meetings: { key: number; value: MeetingRecord; indexes: { byUpdatedAt: number; byState: MeetingState } };
  attempts: { key: string; value: CreateAttempt };
}

const DB_NAME = 'ontime-zoom';
// Bump with an upgrade step below whenever the schema changes.
const DB_VERSION = 2;

let db: Promise<IDBPDatabase<Schema>> | null = null;

function open(): Promise<IDBPDatabase<Schema>> {
  db ??= openDB<Schema>(DB_NAME, DB_VERSION, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) {
        const store = database.createObjectStore('meetings', { keyPath: 'id' });
        store.createIndex('byUpdatedAt', 'updatedAt');
        store.createIndex('byState', 'state');
      }
      if (oldVersion < 2) database.createObjectStore('attempts', { keyPath: 'key' });
    },
  });
  return db;
}

export async function putMeeting(record: MeetingRecord): Promise<void> {
  await (await open()).put('meetings', record);
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
  return next;
}

export async function recentMeetings(limit = 20): Promise<MeetingRecord[]> {
  const all = await (await open()).getAllFromIndex('meetings', 'byUpdatedAt');
  return all.reverse().slice(0, limit);
}

export async function putAttempt(attempt: CreateAttempt): Promise<void> {
  await (await open()).put('attempts', attempt);
}

export async function getAttempt(key: string): Promise<CreateAttempt | undefined> {
  return (await open()).get('attempts', key);
}

export async function deleteAttempt(key: string): Promise<void> {
  await (await open()).delete('attempts', key);
}

export async function allAttempts(): Promise<CreateAttempt[]> {
  return (await open()).getAll('attempts');
}
