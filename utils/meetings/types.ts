import type { DialInNumber } from '../zoom/types';

/** What the OnTime editor holds, read by the content script. Times are local wall-clock. */
export interface MeetingDraft {
  subject: string;
  /** 'YYYY-MM-DDTHH:mm' in timeZone */
  start: string;
  end: string;
  /** IANA time zone, e.g. Asia/Tokyo */
  timeZone: string;
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
}
