// Canned answers of the injected faults that replace the real response (status, rate-limit,
// malformed-json). Socket-level faults (drop, drop-after) and latency live in server.ts.
import { json, type SimResponse } from './http.ts';
import type { Fault } from './types.ts';

const STATUS_TEXT: Record<number, string> = {
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

function rateLimited(fault: Fault, now: number): SimResponse {
  const daily = fault.rateLimitType === 'Daily-limit';
  return json(
    429,
    {
      code: 429,
      message: daily
        ? 'You have reached the maximum daily rate limit for this API. Refer to the response header for details on when you can make another request.'
        : 'You have reached the maximum per-second rate limit for this API. Try again later.',
    },
    {
      'x-ratelimit-category': 'Light',
      'x-ratelimit-type': daily ? 'Daily-limit' : 'QPS',
      'x-ratelimit-limit': daily ? '100' : '30',
      'x-ratelimit-remaining': '0',
      'retry-after': fault.retryAfter ?? new Date(now + 30_000).toUTCString(),
    },
  );
}

/** The answer that replaces normal processing, or undefined when the fault does not replace it. */
export function cannedFaultResponse(fault: Fault, now: number): SimResponse | undefined {
  switch (fault.kind) {
    case 'status': {
      const status = fault.status ?? 500;
      return json(status, { code: status, message: STATUS_TEXT[status] ?? 'Simulated failure' });
    }
    case 'rate-limit':
      return rateLimited(fault, now);
    case 'malformed-json':
      // A body cut off mid-value, as from a connection reset behind a proxy.
      return { status: 200, headers: { 'content-type': 'application/json;charset=UTF-8' }, body: '{"id":81234567890,"topic":"Wee' };
    default:
      return undefined;
  }
}
