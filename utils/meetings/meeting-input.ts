import type { MeetingInput, ZoomMeeting } from '../zoom/types';
import type { MeetingDraft, MeetingInfo, MeetingOptions } from './types';

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** Minutes between two local wall-clock times (same zone). */
export function durationMinutes(start: string, end: string): number {
  const a = wallClockMs(start);
  const b = wallClockMs(end);
  if (a === null || b === null) return NaN;
  return Math.round((b - a) / 60_000);
}

function wallClockMs(value: string): number | null {
  const m = LOCAL_DATE_TIME.exec(value);
  if (!m) return null;
  return Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!);
}

export function isValidDraft(draft: MeetingDraft): boolean {
  const minutes = durationMinutes(draft.start, draft.end);
  return draft.subject.trim().length > 0 && Number.isInteger(minutes) && minutes > 0 && minutes <= 24 * 60;
}

/** The create body: local start_time without offset plus the IANA zone, as Zoom documents. */
export function meetingInput(draft: MeetingDraft, options: MeetingOptions): MeetingInput {
  return {
    topic: (options.topic || draft.subject).trim().slice(0, 200),
    type: 2,
    start_time: `${draft.start}:00`,
    duration: durationMinutes(draft.start, draft.end),
    timezone: draft.timeZone,
    ...(options.password ? { password: options.password } : {}),
    settings: {
      host_video: options.hostVideo,
      participant_video: options.participantVideo,
      join_before_host: options.joinBeforeHost,
      mute_upon_entry: options.muteUponEntry,
      waiting_room: options.waitingRoom,
      auto_recording: options.autoRecording,
      ...(options.alternativeHosts ? { alternative_hosts: options.alternativeHosts } : {}),
      ...(options.usePmi ? { use_pmi: true } : {}),
    },
  };
}

export function meetingInfo(meeting: ZoomMeeting, draft: MeetingDraft): MeetingInfo {
  return {
    id: meeting.id,
    topic: meeting.topic,
    joinUrl: meeting.join_url,
    password: meeting.password ?? '',
    start: draft.start,
    duration: meeting.duration ?? durationMinutes(draft.start, draft.end),
    timeZone: draft.timeZone,
    dialIn: meeting.settings?.global_dial_in_numbers ?? [],
  };
}
