// Fixed data of the simulated Zoom account: the signed-in user, their settings, their contacts.
import type { Contact, JsonObject } from './types.ts';

export const DEFAULT_CLIENT_ID = 'sim-public-client';
export const DEFAULT_REDIRECT_URI = 'https://nbnacpffkajggpgikcajlfpemmpeghdj.chromiumapp.org/';
export const DEFAULT_SCOPES = [
  'meeting:write:meeting',
  'meeting:update:meeting',
  'meeting:delete:meeting',
  'user:read:settings',
  'team_chat:read:list_contacts',
];

export const SIM_USER = {
  id: 'KDcuGIm1QgePTO8WbOqwIQ',
  account_id: 'SimAcct0Qv2Zx8yK4rT1nA',
  email: 'sim.user@example.com',
  first_name: 'Sim',
  last_name: 'User',
  display_name: 'Sim User',
  type: 2,
  pmi: 4455667788,
  timezone: 'Asia/Tokyo',
  language: 'ja-JP',
  status: 'active',
  role_name: 'Owner',
} as const;

/** A fresh copy each call: tests mutate settings through the control surface. */
export function defaultUserSettings(): JsonObject {
  return {
    schedule_meeting: {
      host_video: false,
      participants_video: false,
      audio_type: 'both',
      join_before_host: false,
      force_pmi_jbh_password: false,
      pstn_password_protected: true,
      use_pmi_for_scheduled_meetings: false,
      use_pmi_for_instant_meetings: false,
      require_password_for_scheduling_new_meetings: true,
      require_password_for_instant_meetings: true,
      require_password_for_pmi_meetings: 'jbh_only',
      default_password_for_scheduled_meetings: '',
      embed_password_in_join_link: true,
      meeting_password_requirement: {
        length: 6,
        only_allow_numeric: false,
        have_letter: false,
        have_number: false,
        have_special_character: false,
        consecutive_characters_length: 0,
        have_upper_and_lower_characters: false,
        weak_enhance_detection: false,
      },
      personal_meeting: true,
      mute_upon_entry: false,
    },
    in_meeting: {
      e2e_encryption: false,
      chat: true,
      private_chat: true,
      auto_saving_chat: false,
      entry_exit_chime: 'none',
      file_transfer: true,
      co_host: true,
      polling: true,
      annotation: true,
      remote_control: true,
      non_verbal_feedback: true,
      breakout_room: true,
      closed_caption: false,
      virtual_background: true,
      waiting_room: true,
      allow_live_streaming: false,
      show_meeting_control_toolbar: false,
    },
    email_notification: {
      cloud_recording_available_reminder: true,
      jbh_reminder: true,
      cancel_meeting_reminder: true,
      alternative_host_reminder: true,
      schedule_for_reminder: true,
    },
    recording: {
      local_recording: true,
      cloud_recording: false,
      record_speaker_view: true,
      record_gallery_view: false,
      record_audio_file: true,
      save_chat_text: true,
      show_timestamp: true,
      auto_recording: 'none',
      host_pause_stop_recording: true,
      auto_delete_cmr: false,
    },
    telephony: {
      third_party_audio: false,
      audio_conference_info: '',
      show_international_numbers_link: true,
    },
    feature: {
      meeting_capacity: 300,
      large_meeting: false,
      webinar: false,
      cn_meeting: false,
      in_meeting: false,
      zoom_phone: false,
      concurrent_meeting: 'Basic',
    },
  };
}

export const GLOBAL_DIAL_IN_NUMBERS = [
  { country: 'JP', country_name: 'Japan', city: 'Tokyo', number: '+81 3 4578 1488', type: 'toll' },
  { country: 'JP', country_name: 'Japan', city: 'Osaka', number: '+81 6 7878 2631', type: 'toll' },
  { country: 'US', country_name: 'US', city: 'San Jose', number: '+1 669 900 6833', type: 'toll' },
  { country: 'US', country_name: 'US', city: 'New York', number: '+1 646 558 8656', type: 'toll' },
] as const;

export const GLOBAL_DIAL_IN_COUNTRIES = ['JP', 'US'] as const;

type Seed = [first: string, last: string, email: string, title: string, location: string];

// Japanese names are stored given/family as Zoom returns them (first_name = given name).
const COMPANY: Seed[] = [
  ['太郎', '山田', 'taro.yamada@example.com', '部長', '東京本社'],
  ['花子', '佐藤', 'hanako.sato@example.com', '課長', '東京本社'],
  ['健', '鈴木', 'ken.suzuki@example.com', 'エンジニア', '大阪支社'],
  ['美咲', '高橋', 'misaki.takahashi@example.com', 'デザイナー', '東京本社'],
  ['翔太', '田中', 'shota.tanaka@example.com', '営業', '名古屋支社'],
  ['由美', '伊藤', 'yumi.ito@example.com', '総務', '東京本社'],
  ['大輔', '渡辺', 'daisuke.watanabe@example.com', 'エンジニア', '福岡支社'],
  ['愛', '中村', 'ai.nakamura@example.com', '人事', '東京本社'],
  ['誠', '小林', 'makoto.kobayashi@example.com', '情報システム', '大阪支社'],
  ['さくら', '加藤', 'sakura.kato@example.com', '経理', '東京本社'],
  ['Alice', 'Anderson', 'alice.anderson@example.com', 'Product Manager', 'Tokyo'],
  ['Bob', 'Brown', 'bob.brown@example.com', 'Engineer', 'San Jose'],
  ['Carol', 'Clark', 'carol.clark@example.com', 'Designer', 'London'],
  ['David', 'Davis', 'david.davis@example.com', 'Sales', 'New York'],
  ['Emma', 'Evans', 'emma.evans@example.com', 'Support', 'Tokyo'],
  ['Frank', 'Fischer', 'frank.fischer@example.com', 'Engineer', 'Berlin'],
  ['Grace', 'Garcia', 'grace.garcia@example.com', 'Marketing', 'Madrid'],
  ['Henry', 'Hill', 'henry.hill@example.com', 'Finance', 'Sydney'],
  ['Isla', 'Ingram', 'isla.ingram@example.com', 'Legal', 'Dublin'],
  ['Jack', 'Johnson', 'jack.johnson@example.com', 'Engineer', 'Toronto'],
  ['Kate', 'King', 'kate.king@example.com', 'HR', 'Singapore'],
  ['Liam', 'Lee', 'liam.lee@example.com', 'Engineer', 'Seoul'],
  ['Mia', 'Martin', 'mia.martin@example.com', 'Operations', 'Paris'],
  ['Noah', 'Nelson', 'noah.nelson@example.com', 'Sales', 'Chicago'],
  ['Olivia', 'Ortiz', 'olivia.ortiz@example.com', 'Support', 'Mexico City'],
];

const EXTERNAL: Seed[] = [
  ['Pat', 'Partner', 'pat@partner.example.net', 'Consultant', 'Osaka'],
  ['一郎', '外部', 'ichiro.gaibu@vendor.example.org', '担当者', '横浜'],
  ['Quinn', 'Quincy', 'quinn@client.example.org', 'Buyer', 'Boston'],
];

const PRESENCE: Contact['presence_status'][] = ['Available', 'Away', 'Do_Not_Disturb', 'Offline'];

function toContact(seed: Seed, index: number, prefix: string): Contact {
  const [first, last, email, title, location] = seed;
  const n = String(index + 1).padStart(2, '0');
  const hasPhone = index % 3 === 0;
  return {
    id: `${prefix}${n}xYzContact${n}`,
    email,
    first_name: first,
    last_name: last,
    presence_status: PRESENCE[index % PRESENCE.length] ?? 'Offline',
    phone_number: hasPhone ? `+81 3 5555 01${n}` : '',
    phone_numbers: hasPhone ? [{ country: 'JP', code: '+81', number: `355550${n}`, verified: true, label: 'Office' }] : [],
    sip_phone_number: '',
    direct_numbers: [],
    job_title: title,
    location,
  };
}

export const COMPANY_CONTACTS: readonly Contact[] = COMPANY.map((s, i) => toContact(s, i, 'cmp'));
export const EXTERNAL_CONTACTS: readonly Contact[] = EXTERNAL.map((s, i) => toContact(s, i, 'ext'));
