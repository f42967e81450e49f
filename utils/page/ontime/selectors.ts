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
