import type { ControlState } from '@/utils/page/control-state';
import type { Translate } from '@/utils/shared/translate';
import type { FailureData } from '@/utils/shared/failures';
import { isQuiet } from '@/utils/shared/failures';
import { failureMessage } from '@/utils/shared/failure-message';
import { formatMeetingId } from '@/utils/shared/format';

export interface Announcement {
  text: string;
  /** Errors interrupt; progress and outcomes wait for the screen reader to finish. */
  urgency: 'polite' | 'assertive';
}

// Notices that report how something ended well, not an error.
const OUTCOME_NOTICES = new Set<FailureData['kind']>(['invitationLeft', 'invitationKept', 'deadInvitationLeft']);

function noticeOf(state: ControlState): FailureData | undefined {
  return state.phase === 'idle' || state.phase === 'done' ? state.notice : undefined;
}

function sameNotice(a: FailureData | undefined, b: FailureData | undefined): boolean {
  return a === b || (!!a && !!b && a.kind === b.kind && JSON.stringify(a.params ?? {}) === JSON.stringify(b.params ?? {}));
}

/**
 * What a screen reader should hear when the control goes from `prev` to `next`, or null. The
 * control's text changes silently; this is the one place that turns a change into words.
 */
export function announcementFor(prev: ControlState, next: ControlState, t: Translate, locale: string): Announcement | null {
  if (next.phase === 'busy') {
    return prev.phase === 'busy' && prev.step === next.step ? null : { text: t(`page_busy_${next.step}`), urgency: 'polite' };
  }
  const notice = noticeOf(next);
  if (notice && !sameNotice(notice, noticeOf(prev))) {
    if (isQuiet(notice.kind)) return { text: t(`page_err_${notice.kind}`), urgency: 'polite' };
    return { text: failureMessage(notice, t, locale), urgency: OUTCOME_NOTICES.has(notice.kind) ? 'polite' : 'assertive' };
  }
  if (prev.phase === 'busy' && prev.step === 'creating' && next.phase === 'done' && next.meeting.id) {
    return { text: t('page_announce_added', formatMeetingId(next.meeting.id)), urgency: 'polite' };
  }
  if (prev.phase === 'busy' && prev.step === 'removing' && next.phase === 'idle') {
    return { text: t('page_announce_deleted', formatMeetingId(prev.meetingId)), urgency: 'polite' };
  }
  if (next.phase === 'done' && next.confirmRemove && !(prev.phase === 'done' && prev.confirmRemove)) {
    return { text: t('page_removeConfirm'), urgency: 'polite' };
  }
  if (prev.phase === 'dialog' && next.phase === 'idle') return { text: t('page_announce_cancelled'), urgency: 'polite' };
  return null;
}
