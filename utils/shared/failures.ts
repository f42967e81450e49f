/**
 * Every failure is reduced to one of these kinds; the UI maps each kind to a localized message
 * with the next step. Params carry what the message needs (a URL, a scope, a time).
 */
export const FAILURE_KINDS = [
  'notConfigured',
  'consentCancelled',
  'consentDenied',
  'authPageUnavailable',
  'stateMismatch',
  'redirectNotRegistered',
  'publicClientOff',
  'invalidClient',
  'reconnect',
  'scopeMissing',
  'rateLimited',
  'zoomUnavailable',
  'network',
  'invalidRequest',
  'meetingNotFound',
  'forbiddenSender',
  'badRequest',
  'draftIncomplete',
  'writeFailed',
  'invitationKept',
  'invitationLeft',
  /** A dead link replaced by a new meeting: the old invitation had been edited, so it was left in place. */
  'deadInvitationLeft',
  'createUncertain',
  'answerLost',
  'attemptUnknown',
  'notOurs',
  /** More than one event holds the meeting: it is kept at Zoom (our popup can delete it). */
  'meetingShared',
  'notHost',
  'joinUrlRejected',
  'permissionMissing',
  'seriesNeeded',
  /** The on-demand part of the page script (the dialog, the page check) could not be loaded. */
  'partUnavailable',
  'unknown',
] as const;

export type FailureKind = (typeof FAILURE_KINDS)[number];

export type FailureParams = Record<string, string>;

export interface FailureData {
  kind: FailureKind;
  params?: FailureParams;
}

export class Failure extends Error {
  constructor(
    readonly kind: FailureKind,
    readonly params: FailureParams = {},
    options?: { cause?: unknown },
  ) {
    super(`${kind}${Object.keys(params).length ? ` ${JSON.stringify(params)}` : ''}`, options);
    this.name = 'Failure';
  }

  toData(): FailureData {
    return { kind: this.kind, params: this.params };
  }
}

export function toFailure(error: unknown): Failure {
  if (error instanceof Failure) return error;
  return new Failure('unknown', { detail: error instanceof Error ? error.message : String(error) }, { cause: error });
}

/** Kinds the user did on purpose: shown quietly, not as an error. */
export function isQuiet(kind: FailureKind): boolean {
  return kind === 'consentCancelled';
}
