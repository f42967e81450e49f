import type { StepResult } from '@/utils/shared/protocol';
import type { Translate } from '@/utils/shared/translate';

/** What a screen reader hears when Test connection ends: how many steps ended in each status. */
export function testSummary(steps: readonly StepResult[], t: Translate): string {
  const count = (status: StepResult['status']) => steps.filter((s) => s.status === status).length;
  return t('opt_testDone', count('ok'), count('warn'), count('fail'), count('skipped'));
}
