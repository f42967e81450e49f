import type { DialInNumber } from '@/utils/shared/meeting-types';
import type { PasscodeRule } from '@/utils/shared/passcode';
import type { ZoomRecurrence } from '@/utils/shared/zoom-recurrence';
/** The parts of Zoom's meeting objects we send and read (see shared/reference). */
export interface MeetingSettingsInput {
  host_video?: boolean;
  participant_video?: boolean;
  join_before_host?: boolean;
  mute_upon_entry?: boolean;
  waiting_room?: boolean;
  auto_recording?: 'local' | 'cloud' | 'none';
  alternative_hosts?: string;
  use_pmi?: boolean;
}

export interface MeetingInput {
  topic: string;
  /** 2 scheduled, 3 recurring with no fixed time, 8 recurring with a fixed time */
  type: 2 | 3 | 8;
  /** Only with type 8. */
  recurrence?: ZoomRecurrence;
  /** Local date-time without offset; interpreted in `timezone`. */
  start_time: string;
  duration: number;
  timezone: string;
  password?: string;
  agenda?: string;
  settings?: MeetingSettingsInput;
}


export interface ZoomMeeting {
  id: number;
  topic: string;
  start_time?: string;
  duration?: number;
  timezone?: string;
  join_url: string;
  password?: string;
  host_id?: string;
  host_email?: string;
  type?: number;
  settings?: MeetingSettingsInput & { global_dial_in_numbers?: DialInNumber[] };
}

export interface ZoomUserSettings {
  schedule_meeting?: {
    host_video?: boolean;
    participants_video?: boolean;
    join_before_host?: boolean;
    require_password_for_scheduling_new_meetings?: boolean;
    use_pmi_for_scheduled_meetings?: boolean;
    personal_meeting?: boolean;
    meeting_password_requirement?: PasscodeRule;
  };
  in_meeting?: { waiting_room?: boolean; mute_upon_entry?: boolean };
  recording?: { auto_recording?: 'local' | 'cloud' | 'none' };
}

export interface ZoomContact {
  id: string;
  email: string;
  first_name?: string;
  last_name?: string;
}

export interface ZoomContactsPage {
  contacts: ZoomContact[];
  next_page_token?: string;
}

/** What a Zoom call needs from the connection: never more than the token and where to send it. */
export interface AccessGrant {
  accessToken: string;
  apiBase: string;
  scopes: string[];
  /** The grant this token belongs to: Zoom data cached for one account is never shown to another. */
  account: string;
}

/** A meeting as GET /users/me/meetings lists it (no passcode, no settings). */
export interface ZoomListedMeeting {
  id: number;
  topic: string;
  type?: number;
  start_time?: string;
  duration?: number;
  timezone?: string;
  created_at?: string;
  join_url: string;
}

export interface ZoomMeetingsPage {
  meetings: ZoomListedMeeting[];
  next_page_token?: string;
}

/** GET /users/me (user:read:user): who is connected. */
export interface ZoomUser {
  id: string;
  email?: string;
}
