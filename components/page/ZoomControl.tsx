import type { ControlState } from '@/utils/page/control-state';
import type { Translate } from '@/utils/shared/translate';
import { formatMeetingId } from '@/utils/shared/format';
import { isQuiet } from '@/utils/shared/failures';
import { failureMessage } from '@/utils/shared/failure-message';
import { ZoomIcon } from '@/components/common/ZoomIcon';
import { trusted } from '@/components/page/trusted';

export interface ZoomControlProps {
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
}

/**
 * The button in OnTime's editor, which becomes the meeting's status once there is one. Its text
 * changes silently: the page's live region (mount-live-region.ts) says what happened.
 */
export function ZoomControl({ state, t, locale, besideOnTimeCreate, onCreate, onRemove, onConfirmRemove, onAdopt, onRetry }: ZoomControlProps) {
  const notice = state.phase === 'idle' || state.phase === 'done' ? state.notice : undefined;
  const retry = state.phase === 'idle' || state.phase === 'done' ? state.retry : undefined;
  const noticeView =
    notice && !isQuiet(notice.kind) ? (
      <div class={`notice ${notice.kind === 'consentDenied' ? '' : 'error'}`}>
        <span>{failureMessage(notice, t, locale)}</span>
        {retry ? (
          <button type="button" class="ghost retry" onClick={trusted(onRetry)}>
            {t('page_retry')}
          </button>
        ) : null}
      </div>
    ) : null;

  if (state.phase === 'done') {
    const { meeting } = state;
    const join = (
      <a class="btn ghost" data-focus="open" href={meeting.joinUrl} target="_blank" rel="noopener noreferrer">
        {t('page_open')}
      </a>
    );
    // A link we did not make, or cannot vouch for yet: shown and joined, never changed.
    if (!meeting.managed) {
      return (
        <div class="zoom">
          <span class="status">
            <ZoomIcon />
            {!meeting.id ? t('page_statusLinked') : meeting.managed === false ? t('page_statusNotManaged', formatMeetingId(meeting.id)) : t('page_statusMeeting', formatMeetingId(meeting.id))}
          </span>
          {join}
          {meeting.managed === false && meeting.id ? (
            <button type="button" class="ghost" data-focus="adopt" onClick={trusted(onAdopt)}>
              {t('page_manageHere')}
            </button>
          ) : null}
          {noticeView}
        </div>
      );
    }
    return (
      <div class="zoom">
        <span class="status">
          <ZoomIcon />
          {meeting.id ? t('page_statusMeeting', formatMeetingId(meeting.id)) : t('page_statusLinked')}
        </span>
        {join}
        {state.confirmRemove ? (
          <>
            <span class="question">{t('page_removeConfirm')}</span>
            <button type="button" class="danger" data-focus="confirmRemove" onClick={trusted(() => onConfirmRemove(true))}>
              {t('page_removeYes')}
            </button>
            <button type="button" class="ghost" data-focus="keep" onClick={trusted(() => onConfirmRemove(false))}>
              {t('page_removeNo')}
            </button>
          </>
        ) : (
          <button type="button" class="danger" data-focus="remove" onClick={trusted(onRemove)}>
            {t('page_remove')}
          </button>
        )}
        {noticeView}
        {/* OnTime's Create stays usable (it is OnTime's, and a Teams meeting may be wanted); the note says what it would do. */}
        {besideOnTimeCreate ? <p class="note">{t('page_ontimeCreateNote')}</p> : null}
      </div>
    );
  }

  const busy = state.phase === 'busy' || state.phase === 'dialog';
  return (
    <div class="zoom">
      <button type="button" class="primary" data-focus="create" aria-busy={busy ? 'true' : 'false'} onClick={trusted(onCreate)}>
        {busy ? <span class="spinner" aria-hidden="true" /> : <ZoomIcon />}
        {t('page_button')}
      </button>
      {state.phase === 'busy' ? <span class="progress">{t(`page_busy_${state.step}`)}</span> : null}
      {noticeView}
    </div>
  );
}
