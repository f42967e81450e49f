import { durationMinutes } from '@/utils/shared/wall-clock';
import type { MeetingInput, ZoomMeeting } from '@/utils/worker/zoom/types';
import type { MeetingDraft, MeetingInfo, MeetingOptions } from '@/utils/shared/meeting-types';

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
