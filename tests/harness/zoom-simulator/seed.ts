// Fixed data of the simulated Zoom account: the signed-in user, their settings, their contacts.
import { createHash } from 'node:crypto';
import type { Contact, JsonObject } from './types.ts';

export const DEFAULT_CLIENT_ID = 'sim-public-client';
export const DEFAULT_REDIRECT_URI = 'https://nbnacpffkajggpgikcajlfpemmpeghdj.chromiumapp.org/';
/** The extension's Firefox id (wxt.config.ts GECKO_ID; tests/e2e-firefox/options.test.ts checks the redirect URL agrees). */
export const GECKO_ID = 'ontime-zoom@ontime-zoom.dev';
/** Firefox's identity.getRedirectURL(): the SHA-1 of the add-on id, in hex, under extensions.allizom.org. */
export const FIREFOX_REDIRECT_URI = `https://${createHash('sha1').update(GECKO_ID).digest('hex')}.extensions.allizom.org/`;
/** The default client accepts both browsers' redirect URLs, as an admin registers them in Zoom. */
export const DEFAULT_REDIRECT_URIS = [DEFAULT_REDIRECT_URI, FIREFOX_REDIRECT_URI];
export const DEFAULT_SCOPES = [
  'meeting:write:meeting',
  'meeting:update:meeting',
  'meeting:delete:meeting',
  'user:read:settings',
  'team_chat:read:list_contacts',
];

export const SIM_USER = {
  id: 'KDcuGIm1QgePTO8WbOqwIQ',
  email: 'sim.user@example.com',
  timezone: 'Asia/Tokyo',
} as const;

/** A fresh copy each call: tests change settings through the control surface. What the extension and meetings.ts read, and a few neighbours. */
export function defaultUserSettings(): JsonObject {
  return {
    schedule_meeting: {
      host_video: false,
      participants_video: false,
      audio_type: 'both',
      join_before_host: false,
      use_pmi_for_scheduled_meetings: false,
      require_password_for_scheduling_new_meetings: true,
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
    in_meeting: { waiting_room: true },
    recording: { local_recording: true, cloud_recording: false, auto_recording: 'none' },
  };
}

export const GLOBAL_DIAL_IN_NUMBERS = [
  { country: 'JP', country_name: 'Japan', city: 'Tokyo', number: '+81 3 4578 1488', type: 'toll' },
  { country: 'JP', country_name: 'Japan', city: 'Osaka', number: '+81 6 7878 2631', type: 'toll' },
  { country: 'US', country_name: 'US', city: 'San Jose', number: '+1 669 900 6833', type: 'toll' },
  { country: 'US', country_name: 'US', city: 'New York', number: '+1 646 558 8656', type: 'toll' },
] as const;

type Seed = [first: string, last: string, email: string];

// Japanese names are stored given/family as Zoom returns them (first_name = given name).
const COMPANY: Seed[] = [
  ['太郎', '山田', 'taro.yamada@example.com'],
  ['花子', '佐藤', 'hanako.sato@example.com'],
  ['健', '鈴木', 'ken.suzuki@example.com'],
  ['美咲', '高橋', 'misaki.takahashi@example.com'],
  ['翔太', '田中', 'shota.tanaka@example.com'],
  ['由美', '伊藤', 'yumi.ito@example.com'],
  ['大輔', '渡辺', 'daisuke.watanabe@example.com'],
  ['愛', '中村', 'ai.nakamura@example.com'],
  ['誠', '小林', 'makoto.kobayashi@example.com'],
  ['さくら', '加藤', 'sakura.kato@example.com'],
  ['Alice', 'Anderson', 'alice.anderson@example.com'],
  ['Bob', 'Brown', 'bob.brown@example.com'],
  ['Carol', 'Clark', 'carol.clark@example.com'],
  ['David', 'Davis', 'david.davis@example.com'],
  ['Emma', 'Evans', 'emma.evans@example.com'],
  ['Frank', 'Fischer', 'frank.fischer@example.com'],
  ['Grace', 'Garcia', 'grace.garcia@example.com'],
  ['Henry', 'Hill', 'henry.hill@example.com'],
  ['Isla', 'Ingram', 'isla.ingram@example.com'],
  ['Jack', 'Johnson', 'jack.johnson@example.com'],
  ['Kate', 'King', 'kate.king@example.com'],
  ['Liam', 'Lee', 'liam.lee@example.com'],
  ['Mia', 'Martin', 'mia.martin@example.com'],
  ['Noah', 'Nelson', 'noah.nelson@example.com'],
  ['Olivia', 'Ortiz', 'olivia.ortiz@example.com'],
];

const EXTERNAL: Seed[] = [
  ['Pat', 'Partner', 'pat@partner.example.net'],
  ['一郎', '外部', 'ichiro.gaibu@vendor.example.org'],
  ['Quinn', 'Quincy', 'quinn@client.example.org'],
];

const toContact = ([first, last, email]: Seed, index: number, prefix: string): Contact => {
  const n = String(index + 1).padStart(2, '0');
  return { id: `${prefix}${n}xYzContact${n}`, email, first_name: first, last_name: last };
};

export const COMPANY_CONTACTS: readonly Contact[] = COMPANY.map((s, i) => toContact(s, i, 'cmp'));
export const EXTERNAL_CONTACTS: readonly Contact[] = EXTERNAL.map((s, i) => toContact(s, i, 'ext'));
