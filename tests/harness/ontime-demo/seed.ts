import type { DemoEventInput, OnlineProvider } from './event';

export type SeedLang = 'en' | 'ja';

interface Curated {
  day: number; // 0 = Monday of the current week
  at: string; // 'HH:mm'
  minutes: number;
  subject: [en: string, ja: string];
  location?: [en: string, ja: string];
  body?: [en: string, ja: string];
  people: string[];
  online?: { provider: OnlineProvider; url: string };
}

const ZOOM_URL = 'https://zoom.us/j/81234567890?pwd=Qm9vZ2xlWm9vbURlbW8';
const TEAMS_URL = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ2ZDFk%40thread.v2/0';

/** The week people see in demos: plain meetings first, so small seeds stay simple. */
const CURATED: Curated[] = [
  { day: 0, at: '09:00', minutes: 30, subject: ['Weekly sales stand-up', '営業部 週次朝会'], location: ['Room 3A', '会議室 3A'], people: ['hanako.suzuki', 'kenji.sato', 'yuki.tanaka'] },
  { day: 0, at: '13:00', minutes: 60, subject: ['Customer visit: Nakamura Trading', '顧客訪問: 中村商事'], location: ['Nakamura Trading, Otemachi', '中村商事 大手町本社'], people: ['kenji.sato'] },
  { day: 0, at: '15:30', minutes: 60, subject: ['Q3 pipeline review', '第3四半期 パイプラインレビュー'], location: ['Board Room 5F', '役員会議室 5F'], people: ['naoko.kato', 'hanako.suzuki'] },
  { day: 1, at: '10:00', minutes: 90, subject: ['Product roadmap briefing', '製品ロードマップ説明会'], location: ['Room 3A', '会議室 3A'], people: ['akira.watanabe', 'mei.ito'], body: ['Agenda:\n1. H2 releases\n2. Customer requests\n3. Q&A', '議題:\n1. 下期リリース\n2. 顧客要望\n3. 質疑応答'] },
  { day: 1, at: '14:00', minutes: 60, subject: ['1:1 Hanako / Taro', '1on1 (鈴木さん)'], people: ['hanako.suzuki'] },
  { day: 2, at: '09:30', minutes: 60, subject: ['Proposal review: Kita Logistics', '提案書レビュー: 北ロジスティクス'], people: ['kenji.sato', 'yuki.tanaka'] },
  { day: 2, at: '12:00', minutes: 60, subject: ['Lunch with Emily', 'ランチ (クラークさん)'], location: ['Cafe Lumière', 'カフェ ルミエール'], people: ['emily.clark'] },
  { day: 2, at: '16:00', minutes: 60, subject: ['Partner sync', 'パートナー定例'], location: [TEAMS_URL, TEAMS_URL], people: ['akira.watanabe'], online: { provider: 'teams', url: TEAMS_URL } },
  { day: 3, at: '11:00', minutes: 60, subject: ['Budget planning FY2027', '2027年度 予算計画'], location: ['Board Room 5F', '役員会議室 5F'], people: ['naoko.kato', 'emily.clark'] },
  { day: 3, at: '15:00', minutes: 60, subject: ['Demo for Aoba Bank', '青葉銀行様 デモ'], location: [ZOOM_URL, ZOOM_URL], people: ['kenji.sato', 'yuki.tanaka'], online: { provider: 'zoom', url: ZOOM_URL }, body: [`Join Zoom Meeting\n${ZOOM_URL}\n\nMeeting ID: 812 3456 7890`, `Zoom ミーティングに参加する\n${ZOOM_URL}\n\nミーティング ID: 812 3456 7890`] },
  { day: 4, at: '10:00', minutes: 45, subject: ['Design review: mobile app', 'デザインレビュー: モバイルアプリ'], location: ['Room 3A', '会議室 3A'], people: ['mei.ito', 'akira.watanabe', 'daisuke.kobayashi'] },
  { day: 4, at: '16:30', minutes: 60, subject: ['Weekly wrap-up', '週次振り返り'], location: ['Room 3A', '会議室 3A'], people: ['hanako.suzuki', 'kenji.sato', 'yuki.tanaka'] },
];

const FILLER: [en: string, ja: string][] = [
  ['Account planning', 'アカウントプランニング'],
  ['Customer call', '顧客との電話会議'],
  ['Team meeting', 'チームミーティング'],
  ['Project status update', 'プロジェクト進捗報告'],
  ['Contract negotiation', '契約交渉'],
  ['Training: new CRM', '研修: 新CRM'],
  ['Interview', '面接'],
  ['Quarterly business review', '四半期ビジネスレビュー'],
  ['Vendor meeting', 'ベンダー打ち合わせ'],
  ['Focus time', '集中作業'],
];
const ROOMS: [en: string, ja: string][] = [['Room 3A', '会議室 3A'], ['Board Room 5F', '役員会議室 5F'], ['', '']];
const COLLEAGUES = ['hanako.suzuki', 'kenji.sato', 'yuki.tanaka', 'akira.watanabe', 'mei.ito', 'daisuke.kobayashi', 'naoko.kato', 'emily.clark'];
const PER_WEEK = 25;

/** Deterministic seed data around the week containing `now` (server local time). */
export function seedEvents(count: number, lang: SeedLang, now = new Date()): DemoEventInput[] {
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const monday = mondayOf(now);
  const i18n = lang === 'ja' ? 1 : 0;
  const mail = (local: string) => `${local}@example.com`;
  const out: DemoEventInput[] = CURATED.slice(0, count).map((c) => {
    const start = at(monday, c.day, c.at);
    const event: DemoEventInput = {
      subject: c.subject[i18n],
      start: local(start),
      end: local(new Date(start.getTime() + c.minutes * 60_000)),
      timeZone,
      location: c.location?.[i18n] ?? '',
      body: c.body?.[i18n] ?? '',
      participants: c.people.map(mail),
    };
    if (c.online) event.onlineMeeting = { ...c.online };
    return event;
  });
  const extra = Math.max(0, count - CURATED.length);
  const weeks = Math.ceil(extra / PER_WEEK);
  const rand = mulberry32(0x5eed);
  for (let i = 0; i < extra; i++) {
    // Alternate after/before the current week: +1, -1, +2, -2, …
    const k = (i % weeks) + 1;
    const weekOffset = k % 2 ? (k + 1) / 2 : -k / 2;
    const hh = 8 + Math.floor(rand() * 10);
    const start = at(monday, weekOffset * 7 + Math.floor(rand() * 5), `${String(hh).padStart(2, '0')}:${rand() < 0.5 ? '00' : '30'}`);
    const minutes = [30, 60, 60, 90, 120][Math.floor(rand() * 5)] ?? 60;
    const subject = FILLER[Math.floor(rand() * FILLER.length)] ?? FILLER[0]!;
    const room = ROOMS[Math.floor(rand() * ROOMS.length)] ?? ['', ''];
    const people = COLLEAGUES.filter(() => rand() < 0.3).map(mail);
    out.push({
      subject: subject[i18n],
      start: local(start),
      end: local(new Date(start.getTime() + minutes * 60_000)),
      timeZone,
      location: room[i18n],
      body: '',
      participants: people,
    });
  }
  return out;
}

function mondayOf(d: Date): Date {
  const m = new Date(d.getFullYear(), d.getMonth(), d.getDate());
  m.setDate(m.getDate() - ((m.getDay() + 6) % 7));
  return m;
}

function at(monday: Date, dayOffset: number, hhmm: string): Date {
  const [h, m] = hhmm.split(':').map(Number);
  return new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + dayOffset, h, m);
}

function local(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** Small seeded PRNG so every reset yields the same calendar. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
