import { describe, expect, it } from 'vitest';
import { canRetry, retryPlan, sameDraft } from '@/utils/page/retry';
import { FAILURE_KINDS } from '@/utils/shared/failures';

const draft = { subject: 'Budget sync', start: '2026-12-03T14:00', end: '2026-12-03T14:45', timeZone: 'UTC' };

describe('Retry is offered only where repeating the step is safe', () => {
  it('a create only after a 429 (Zoom refused it), never after a lost or broken answer', () => {
    const allowed = FAILURE_KINDS.filter((kind) => canRetry('create', kind));
    expect(allowed).toEqual(['rateLimited']);
    for (const kind of ['network', 'zoomUnavailable', 'answerLost', 'createUncertain', 'attemptUnknown'] as const) expect(canRetry('create', kind)).toBe(false);
  });

  it('reading settings, deleting and adopting after transient failures', () => {
    for (const step of ['prepare', 'remove', 'adopt'] as const) {
      expect(canRetry(step, 'rateLimited')).toBe(true);
      expect(canRetry(step, 'network')).toBe(true);
      expect(canRetry(step, 'zoomUnavailable')).toBe(true);
      expect(canRetry(step, 'scopeMissing')).toBe(false);
      expect(canRetry(step, 'notConfigured')).toBe(false);
    }
  });

  it('retryPlan keeps the plan only when allowed', () => {
    expect(retryPlan({ step: 'create', draft, options: {} as never }, 'rateLimited')).toMatchObject({ step: 'create' });
    expect(retryPlan({ step: 'create', draft, options: {} as never }, 'network')).toBeUndefined();
  });

  it('sameDraft: the same subject (trimmed), times and zone', () => {
    expect(sameDraft(draft, { ...draft, subject: ' Budget sync ' })).toBe(true);
    expect(sameDraft(draft, { ...draft, end: '2026-12-03T15:00' })).toBe(false);
    expect(sameDraft(draft, { ...draft, timeZone: 'Asia/Tokyo' })).toBe(false);
  });
});
