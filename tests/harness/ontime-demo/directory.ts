/** The fictional organisation shown in the sidebar and used in seeded participants. */

export interface Person {
  email: string;
  name: { en: string; ja: string };
  title: { en: string; ja: string };
  group: string;
}

export interface Group {
  id: string;
  name: { en: string; ja: string };
}

export const ME: Person = {
  email: 'taro.yamada@example.com',
  name: { en: 'Taro Yamada', ja: '山田 太郎' },
  title: { en: 'Sales Manager', ja: '営業部 課長' },
  group: 'sales',
};

export const GROUPS: Group[] = [
  { id: 'sales', name: { en: 'Sales', ja: '営業部' } },
  { id: 'dev', name: { en: 'Product Development', ja: '開発部' } },
  { id: 'mgmt', name: { en: 'Corporate Planning', ja: '経営企画部' } },
  { id: 'rooms', name: { en: 'Meeting Rooms', ja: '会議室' } },
];

export const PEOPLE: Person[] = [
  ME,
  p('hanako.suzuki', 'Hanako Suzuki', '鈴木 花子', 'Account Executive', '営業担当', 'sales'),
  p('kenji.sato', 'Kenji Sato', '佐藤 健二', 'Sales Engineer', 'セールスエンジニア', 'sales'),
  p('yuki.tanaka', 'Yuki Tanaka', '田中 由紀', 'Inside Sales', 'インサイドセールス', 'sales'),
  p('akira.watanabe', 'Akira Watanabe', '渡辺 明', 'Engineering Lead', '開発リーダー', 'dev'),
  p('mei.ito', 'Mei Ito', '伊藤 芽衣', 'UX Designer', 'UXデザイナー', 'dev'),
  p('daisuke.kobayashi', 'Daisuke Kobayashi', '小林 大輔', 'Software Engineer', 'ソフトウェアエンジニア', 'dev'),
  p('naoko.kato', 'Naoko Kato', '加藤 直子', 'Director', '部長', 'mgmt'),
  p('emily.clark', 'Emily Clark', 'エミリー・クラーク', 'Finance Partner', '財務担当', 'mgmt'),
  p('room.3a', 'Room 3A (8 seats)', '会議室 3A (8名)', 'Meeting room', '会議室', 'rooms'),
  p('room.5f', 'Board Room 5F', '役員会議室 5F', 'Meeting room', '会議室', 'rooms'),
];

function p(local: string, en: string, ja: string, titleEn: string, titleJa: string, group: string): Person {
  return { email: `${local}@example.com`, name: { en, ja }, title: { en: titleEn, ja: titleJa }, group };
}
