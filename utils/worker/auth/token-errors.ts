import * as oauth from 'oauth4webapi';
import { Failure } from '@/utils/shared/failures';

/** Maps a token-endpoint failure to a failure kind. Zoom puts its numeric code in `reason`. */
export function tokenFailure(error: unknown, redirectUri: string): Failure {
  if (error instanceof Failure) return error;
  if (error instanceof oauth.ResponseBodyError) {
    const reason = String(error.cause?.reason ?? error.error_description ?? '');
    if (/4709|redirect/i.test(reason)) return new Failure('redirectNotRegistered', { redirectUri }, { cause: error });
    if (/4706|secret is missing/i.test(reason)) return new Failure('publicClientOff', {}, { cause: error });
    if (error.error === 'invalid_client') return new Failure('invalidClient', {}, { cause: error });
    if (error.error === 'invalid_grant') return new Failure('reconnect', {}, { cause: error });
    if (error.status === 429) return new Failure('rateLimited', {}, { cause: error });
    if (error.status >= 500) return new Failure('zoomUnavailable', {}, { cause: error });
    return new Failure('unknown', { detail: `${error.error}: ${reason}` }, { cause: error });
  }
  if (error instanceof oauth.OperationProcessingError) {
    if (error.cause instanceof Response && error.cause.status >= 500) return new Failure('zoomUnavailable', {}, { cause: error });
    return new Failure('unknown', { detail: error.message }, { cause: error });
  }
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError' || error instanceof TypeError)) {
    return new Failure('network', {}, { cause: error });
  }
  return new Failure('unknown', { detail: String(error) }, { cause: error });
}
