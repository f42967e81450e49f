import type { ControlState } from '@/utils/page/control-state';
import type { Translate } from '@/utils/shared/translate';
import { formatMeetingId } from '@/utils/shared/format';
import { isQuiet } from '@/utils/shared/failures';
import { failureMessage } from '@/utils/shared/failure-message';
import { trusted } from '@/components/page/trusted';
import { button, el, zoomIcon } from '@/components/page/dom';

export interface ControlProps {
  state: ControlState;
  t: Translate;
  locale: string;
  /** Placed in OnTime's online-meeting row, beside OnTime's own Create. */
  besideOnTimeCreate?: boolean;
  onCreate(): void;
  onRemove(): void;
  onConfirmRemove(confirmed: boolean): void;
  onAdopt(): void;
  onRetry(): void;
  /** A new meeting in place of one deleted at Zoom. */
  onReplace(): void;
}

/**
 * The button in OnTime's editor, which becomes the meeting's status once there is one. Its text
 * changes silently: the page's live region (mount-live-region.ts) says what happened. Plain DOM,
 * built anew for each state (mount-control.ts keeps focus on the part with the same job).
 */
export function controlView(doc: Document, { state, t, locale, besideOnTimeCreate, onCreate, onRemove, onConfirmRemove, onAdopt, onRetry, onReplace }: ControlProps): HTMLElement {
  const notice = state.phase === 'idle' || state.phase === 'done' ? state.notice : undefined;
  const retry = state.phase === 'idle' || state.phase === 'done' ? state.retry : undefined;
  const noticeView =
    notice && !isQuiet(notice.kind)
      ? el(
          doc,
          'div',
          { class: `notice ${notice.kind === 'consentDenied' ? '' : 'error'}` },
          el(doc, 'span', {}, failureMessage(notice, t, locale)),
          retry && button(doc, { class: 'ghost retry' }, trusted(onRetry), t('page_retry')),
        )
      : null;

  if (state.phase === 'done') {
    const { meeting } = state;
    const join = el(doc, 'a', { class: 'btn ghost', 'data-focus': 'open', href: meeting.joinUrl, target: '_blank', rel: 'noopener noreferrer' }, t('page_open'));
    const status = (text: string) => el(doc, 'span', { class: 'status' }, zoomIcon(doc), text);
    // Ours, deleted at Zoom (the event came back, e.g. by the page's Undo): no Join to a dead
    // meeting, no Manage it here; a new meeting for the event takes the dead link's place.
    if (meeting.standing === 'deleted' && meeting.id) {
      return el(
        doc,
        'div',
        { class: 'zoom' },
        status(t('page_statusDeleted', formatMeetingId(meeting.id))),
        button(doc, { class: 'primary', 'data-focus': 'create' }, trusted(onReplace), zoomIcon(doc), t('page_replaceDeleted')),
        noticeView,
      );
    }
    // Ours, but in more than one event (a duplicated event): joined, never changed from here.
    if ((meeting.standing === 'copy' || meeting.standing === 'shared') && meeting.id) {
      return el(doc, 'div', { class: 'zoom' }, status(meeting.standing === 'copy' ? t('page_statusCopy', formatMeetingId(meeting.id)) : t('page_statusShared', formatMeetingId(meeting.id))), join, noticeView);
    }
    // A link we did not make, or cannot vouch for yet: shown and joined, never changed.
    if (!meeting.managed) {
      return el(
        doc,
        'div',
        { class: 'zoom' },
        status(!meeting.id ? t('page_statusLinked') : meeting.managed === false ? t('page_statusNotManaged', formatMeetingId(meeting.id)) : t('page_statusMeeting', formatMeetingId(meeting.id))),
        join,
        meeting.managed === false && !!meeting.id && button(doc, { class: 'ghost', 'data-focus': 'adopt' }, trusted(onAdopt), t('page_manageHere')),
        noticeView,
      );
    }
    return el(
      doc,
      'div',
      { class: 'zoom' },
      status(meeting.id ? t('page_statusMeeting', formatMeetingId(meeting.id)) : t('page_statusLinked')),
      join,
      ...(state.confirmRemove
        ? [
            el(doc, 'span', { class: 'question' }, t('page_removeConfirm')),
            button(doc, { class: 'danger', 'data-focus': 'confirmRemove' }, trusted(() => onConfirmRemove(true)), t('page_removeYes')),
            button(doc, { class: 'ghost', 'data-focus': 'keep' }, trusted(() => onConfirmRemove(false)), t('page_removeNo')),
          ]
        : [button(doc, { class: 'danger', 'data-focus': 'remove' }, trusted(onRemove), t('page_remove'))]),
      noticeView,
      // OnTime's Create stays usable (it is OnTime's, and a Teams meeting may be wanted); the note says what it would do.
      besideOnTimeCreate && el(doc, 'p', { class: 'note' }, t('page_ontimeCreateNote')),
    );
  }

  const busy = state.phase === 'busy' || state.phase === 'dialog';
  return el(
    doc,
    'div',
    { class: 'zoom' },
    button(
      doc,
      { class: 'primary', 'data-focus': 'create', 'aria-busy': busy ? 'true' : 'false' },
      trusted(onCreate),
      busy ? el(doc, 'span', { class: 'spinner', 'aria-hidden': 'true' }) : zoomIcon(doc),
      t('page_button'),
    ),
    state.phase === 'busy' && el(doc, 'span', { class: 'progress' }, t(`page_busy_${state.step}`)),
    noticeView,
  );
}
