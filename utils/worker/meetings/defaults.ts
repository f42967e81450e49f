import type { ZoomUserSettings } from '@/utils/worker/zoom/types';
import { generatePasscode } from '@/utils/shared/passcode';
import type { MeetingOptions } from '@/utils/shared/meeting-types';

/** The dialog's starting values, from the user's Zoom account settings. */
export function defaultOptions(topic: string, settings: ZoomUserSettings | null): MeetingOptions {
  const schedule = settings?.schedule_meeting ?? {};
  const needsPasscode = schedule.require_password_for_scheduling_new_meetings ?? true;
  return {
    topic,
    password: needsPasscode ? generatePasscode(schedule.meeting_password_requirement) : '',
    waitingRoom: settings?.in_meeting?.waiting_room ?? true,
    hostVideo: schedule.host_video ?? false,
    participantVideo: schedule.participants_video ?? false,
    joinBeforeHost: schedule.join_before_host ?? false,
    muteUponEntry: settings?.in_meeting?.mute_upon_entry ?? false,
    autoRecording: settings?.recording?.auto_recording ?? 'none',
    alternativeHosts: '',
    usePmi: schedule.use_pmi_for_scheduled_meetings ?? false,
  };
}
