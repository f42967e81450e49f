import type { Translate } from '@/utils/shared/translate';
import type { CreateAttempt, MeetingRecord } from '@/utils/worker/meetings/meeting-records';
import { needsAttention } from '@/utils/worker/badge/attention';

export const ATTENTION_ALARM = 'attention-badge';
const BADGE_COLOR = '#b42318';

export interface BadgeDeps {
  action: {
    setBadgeText(details: { text: string }): Promise<void>;
    setBadgeBackgroundColor(details: { color: string }): Promise<void>;
    setBadgeTextColor?(details: { color: string }): Promise<void>;
    setTitle(details: { title: string }): Promise<void>;
  };
  alarms: { create(name: string, info: { when: number }): unknown; clear(name: string): Promise<unknown> };
  read(): Promise<{ meetings: MeetingRecord[]; attempts: CreateAttempt[] }>;
  t: Translate;
  now?: () => number;
}

/**
 * The toolbar badge: how many meetings need attention, set from the records each time they change,
 * when the worker starts, and when an unsaved meeting turns orphan by time (an alarm, which
 * outlives a stopped worker). Cleared when none.
 */
export function createAttentionBadge(deps: BadgeDeps) {
  const now = deps.now ?? Date.now;
  let running: Promise<void> | null = null;
  let again = false;

  async function apply(): Promise<void> {
    const { meetings, attempts } = await deps.read();
    const { count, nextChange } = needsAttention(meetings, attempts, now());
    await deps.action.setBadgeText({ text: count ? String(count) : '' });
    if (count) {
      await deps.action.setBadgeBackgroundColor({ color: BADGE_COLOR });
      await deps.action.setBadgeTextColor?.({ color: '#ffffff' });
    }
    await deps.action.setTitle({ title: count === 0 ? deps.t('extName') : count === 1 ? deps.t('badge_attentionOne') : deps.t('badge_attentionMany', count) });
    await deps.alarms.clear(ATTENTION_ALARM);
    if (nextChange !== null) deps.alarms.create(ATTENTION_ALARM, { when: nextChange });
  }

  /** Reads the records and sets the badge; calls during a read coalesce into one more read. */
  function refresh(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = apply()
      .catch((error) => console.error('attention badge', error))
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          void refresh();
        }
      });
    return running;
  }

  return { refresh };
}
