import { durationMinutes } from '@/utils/shared/wall-clock';
import type { MeetingInput, ZoomMeeting } from '@/utils/worker/zoom/types';
import type { MeetingDraft, MeetingInfo, MeetingOptions } from '@/utils/shared/meeting-types';
import { checkJoinUrl, type JoinUrlProblem, type JoinUrlRule } from '@/utils/shared/join-url';
import { zoomRepeat } from '@/utils/shared/zoom-recurrence';

/** The meeting type and recurrence for a draft: 2 for a single event, 8 or 3 for a repeating one. */
export function meetingKind(draft: MeetingDraft): Pick<MeetingInput, 'type' | 'recurrence'> {
  if (!draft.repeat) return { type: 2 };
  const zoom = zoomRepeat(draft.repeat, draft.start, draft.timeZone);
  return zoom.type === 8 ? { type: 8, recurrence: zoom.recurrence } : { type: 3 };
}

/** The create body: local start_time without offset plus the IANA zone, as Zoom documents. */
export function meetingInput(draft: MeetingDraft, options: MeetingOptions): MeetingInput {
  return {
    topic: (options.topic || draft.subject).trim().slice(0, 200),
    ...meetingKind(draft),
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

/** What we keep of a meeting Zoom describes, and why its join link was refused (null: accepted). */
export interface CheckedMeeting {
  info: MeetingInfo;
  joinUrlProblem: JoinUrlProblem | null;
}

/**
 * Zoom's meeting as we keep and show it. Its join link is kept only when it passes checkJoinUrl
 * (https, the chosen Zoom family or the custom host, a numeric meeting path), normalised as parsed;
 * a refused link is kept as '' so it never reaches the page, the popup or a record.
 */
export function meetingInfo(meeting: ZoomMeeting, draft: MeetingDraft, rule: JoinUrlRule): CheckedMeeting {
  const checked = checkJoinUrl(meeting.join_url, rule);
  const info: MeetingInfo = {
    id: meeting.id,
    topic: meeting.topic,
    joinUrl: checked.ok ? checked.joinUrl : '',
    password: meeting.password ?? '',
    start: draft.start,
    duration: meeting.duration ?? durationMinutes(draft.start, draft.end),
    timeZone: draft.timeZone,
    dialIn: meeting.settings?.global_dial_in_numbers ?? [],
    ...(draft.repeat ? { repeat: draft.repeat } : {}),
    ...(meeting.type === 3 ? { noFixedTime: true } : {}),
  };
  return { info, joinUrlProblem: checked.ok ? null : checked.problem };
}
