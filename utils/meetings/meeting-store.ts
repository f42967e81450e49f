import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { DialInNumber } from '../zoom/types';

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

interface Schema extends DBSchema {
  meetings: { key: number; value: MeetingRecord; indexes: { byUpdatedAt: number; byState: MeetingState } };
}

const DB_NAME = 'ontime-zoom';
// Bump with an upgrade step below whenever the schema changes.
const DB_VERSION = 1;

let db: Promise<IDBPDatabase<Schema>> | null = null;

function open(): Promise<IDBPDatabase<Schema>> {
  db ??= openDB<Schema>(DB_NAME, DB_VERSION, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) {
        const store = database.createObjectStore('meetings', { keyPath: 'id' });
        store.createIndex('byUpdatedAt', 'updatedAt');
        store.createIndex('byState', 'state');
      }
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
