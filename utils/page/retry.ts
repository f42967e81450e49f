import type { FailureKind } from '@/utils/shared/failures';
import type { MeetingDraft, MeetingOptions } from '@/utils/shared/meeting-types';

/** What a Retry button repeats: the step that failed, with what it needs to run again. */
export type RetryPlan =
  | { step: 'prepare'; replacing?: string }
  | { step: 'create'; draft: MeetingDraft; options: MeetingOptions; replacing?: string }
  | { step: 'remove' }
  | { step: 'adopt' };

export type RetryStep = RetryPlan['step'];

// Failures that pass by themselves: Zoom busy or rate limiting, the network, Zoom's sign-in page.
const TRANSIENT: readonly FailureKind[] = ['rateLimited', 'zoomUnavailable', 'network', 'authPageUnavailable'];

/**
 * Whether the user may be offered Retry after `kind` failed `step`. Reading settings, deleting and
 * adopting are safe to repeat. A create is repeated only after a 429: Zoom refused the POST
 * outright (the worker marks the attempt "nothing was made"). A network error or a 5xx on the
 * POST may have made the meeting all the same, so it never gets a Retry (brief §4, §6.4).
 */
export function canRetry(step: RetryStep, kind: FailureKind): boolean {
  if (step === 'create') return kind === 'rateLimited';
  return TRANSIENT.includes(kind);
}

/** The plan for a Retry button, or undefined when repeating the step is not safe. */
export function retryPlan<P extends RetryPlan>(plan: P, kind: FailureKind): P | undefined {
  return canRetry(plan.step, kind) ? plan : undefined;
}

/** Same event, same times: a create may be repeated with the options the user chose in the dialog. */
export function sameDraft(a: MeetingDraft, b: MeetingDraft): boolean {
  return a.subject.trim() === b.subject.trim() && a.start === b.start && a.end === b.end && a.timeZone === b.timeZone;
}
