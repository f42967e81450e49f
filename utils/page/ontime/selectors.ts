/**
 * Everything we assume about OnTime's editor, in one place. The real DOM is not public and
 * changes between releases, so each entry is a list of alternatives, matched by meaning
 * (roles, labels in English and Japanese, input types), never by generated class names.
 * Admins can add CSS selectors through the options (see PageOverrides).
 */
export const EDITOR_CONTAINERS = [
  '[role="dialog"]', // ARIA modal dialog: the current web client's editor
  'dialog', // native <dialog>
  '[role="form"]', // editor rendered inline, with a landmark role
  'form', // older Domino forms
];

/** Label texts per field, compared after normalising case, spaces and trailing colons. */
export const FIELD_LABELS = {
  subject: ['subject', 'title', '件名', 'タイトル', '用件'],
  start: ['start', 'starts', 'start date', 'start time', 'from', '開始', '開始日', '開始時刻', '開始日時'],
  end: ['end', 'ends', 'end date', 'end time', 'to', 'until', '終了', '終了日', '終了時刻', '終了日時'],
  location: ['location', 'place', 'where', '場所', '会議室'],
  body: ['description', 'body', 'notes', 'details', 'comments', '本文', '説明', 'メモ', '内容', '詳細'],
  onlineMeeting: ['online meeting', 'online meetings', 'オンライン会議', 'オンラインミーティング', 'web会議'],
} as const;

export type FieldName = keyof typeof FIELD_LABELS;

/** Controls that can hold a field value. */
export const FIELD_CONTROLS = 'input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"]):not([type="button"]):not([type="submit"]), textarea, [contenteditable="true"]';

/** Text of OnTime's Save/Delete buttons, to follow the event's life: update and delete at Zoom. */
export const BUTTON_LABELS = {
  save: ['save', 'save & close', 'ok', '保存', '保存して閉じる', '登録'],
  delete: ['delete', '削除'],
  cancel: ['cancel', 'close', 'キャンセル', '閉じる'],
  /** Affirmative answers in OnTime's "really delete?" confirmation. */
  confirm: ['ok', 'yes', 'delete', 'はい', '削除', '削除する'],
  declineConfirm: ['no', 'いいえ'],
} as const;


/** An IANA zone name as OnTime prints it, e.g. "(GMT+09:00) Asia/Tokyo". */
export const TIME_ZONE_TEXT = /\b((?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)\/[A-Za-z_+\-]+(?:\/[A-Za-z_]+)?|UTC)\b/;

/**
 * The repeat rule of a repeating event (繰り返し), read by meaning: a control labelled Repeat whose
 * chosen option names the frequency, and inside its group: the interval, weekday checkboxes, the
 * monthly choice and the end, each radio set named by its group's label.
 */
export const REPEAT_LABELS = {
  repeat: ['repeat', 'repeats', 'recurrence', 'recurring', 'repetition', '繰り返し', '定期'],
  interval: ['every', 'repeat every', 'interval', '繰り返す間隔', '間隔', '周期'],
  ends: ['ends', 'end', 'end repeat', 'until', '終了', '繰り返しの終了'],
  monthlyOn: ['monthly on', 'on', 'repeat on', 'repeats on', '毎月の指定方法', '繰り返す日', '毎月'],
  count: ['number of times', 'times', 'occurrences', 'count', '回数'],
  // Not "End date": that is the event's own end (FIELD_LABELS.end).
  untilDate: ['repeat until', 'until', 'ends on', 'last date', '繰り返しの終了日', '最終日'],
  dates: ['repeat on dates', 'dates', 'chosen dates', 'specific dates', '繰り返す日付', '指定日'],
} as const;

/** The frequency choices, as the repeat control's options read. */
export const REPEAT_CHOICES = {
  none: ['does not repeat', "doesn't repeat", 'no repeat', 'none', 'never', 'しない', '繰り返さない', 'なし'],
  daily: ['daily', 'every day', '毎日'],
  weekly: ['weekly', 'every week', '毎週'],
  monthly: ['monthly', 'every month', '毎月'],
  yearly: ['yearly', 'annually', 'every year', '毎年'],
  dates: ['on chosen dates', 'chosen dates', 'specific dates', 'custom dates', 'on dates', '日付を指定', '日付指定', '指定日'],
} as const;

/** The end choices (radio labels inside the group labelled Ends / 終了). */
export const REPEAT_END_CHOICES = {
  never: ['never', 'no end', 'no end date', 'forever', '終了日なし', 'なし', '無期限'],
  until: ['on', 'on date', 'until', 'by', 'end by', '終了日', '日付'],
  count: ['after', 'after n times', 'end after', '回数', '回後'],
} as const;

/** Monthly by the nth or last weekday, not by the day of the month: words in the chosen label. */
export const MONTHLY_BY_WEEKDAY = /\b(?:first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\b|第\s*[1-5１-５]|最終/iu;
export const MONTHLY_LAST = /\blast\b|最終/iu;

/** Weekday names, Sunday first, as checkbox labels may give them. */
export const WEEKDAY_NAMES: readonly (readonly string[])[] = [
  ['sunday', 'sun', 'su', '日曜日', '日曜', '日'],
  ['monday', 'mon', 'mo', '月曜日', '月曜', '月'],
  ['tuesday', 'tue', 'tues', 'tu', '火曜日', '火曜', '火'],
  ['wednesday', 'wed', 'we', '水曜日', '水曜', '水'],
  ['thursday', 'thu', 'thurs', 'th', '木曜日', '木曜', '木'],
  ['friday', 'fri', 'fr', '金曜日', '金曜', '金'],
  ['saturday', 'sat', 'sa', '土曜日', '土曜', '土'],
];

/** Whether the editor changes one occurrence of a repeating event or all of it. */
export const REPEAT_SCOPE_CHOICES = {
  occurrence: ['this occurrence', 'this event', 'only this event', 'only this occurrence', 'この予定のみ', 'この回のみ', 'この予定だけ'],
  series: ['all occurrences', 'all events', 'all events in the series', 'the whole series', 'entire series', 'whole series', 'すべての予定', 'シリーズ全体', '定期的な予定全体'],
} as const;
