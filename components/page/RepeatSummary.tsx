import type { Translate } from '@/utils/shared/translate';
import type { MeetingDraft } from '@/utils/shared/meeting-types';
import { describeRepeat } from '@/utils/shared/repeat-describe';
import { zoomRepeat, ZOOM_MAX_OCCURRENCES } from '@/utils/shared/zoom-recurrence';

/**
 * The settings dialog's repeat line ("Repeats weekly on Tuesday, 10 times"), and, before OK, a
 * plain notice when Zoom cannot hold the rule and the meeting will have no fixed time (type 3).
 */
export function RepeatSummary({ draft, t, locale }: { draft: MeetingDraft; t: Translate; locale: string }) {
  if (!draft.repeat) return null;
  const zoom = zoomRepeat(draft.repeat, draft.start, draft.timeZone);
  return (
    <>
      <div class="when repeat">{describeRepeat(draft.repeat, draft.start, t, locale)}</div>
      {zoom.type === 3 ? (
        <p class="warning" role="note">
          {/* Two sentences on two lines: Japanese puts no space after 。 */}
          {t(`page_noFixedTime_${zoom.reason}`, String(ZOOM_MAX_OCCURRENCES))}
          <br />
          {t('page_noFixedTime')}
        </p>
      ) : null}
    </>
  );
}
