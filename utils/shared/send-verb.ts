import { browser } from 'wxt/browser';
import { Failure } from '@/utils/shared/failures';
import type { Reply, RequestOf, ResponseOf, Verb } from '@/utils/shared/protocol';
import { SENT_ONCE } from '@/utils/shared/verb-resend';

// Chrome's texts when the worker was stopped before it answered.
const WORKER_GONE = /receiving end does not exist|message port closed|message channel closed|could not establish connection/i;

/**
 * Sends a verb to the worker and returns its answer, or throws its failure. When the worker was
 * stopped before it answered, a verb that is safe to repeat is sent once more; any other verb
 * reports the lost answer.
 */
export async function sendVerb<V extends Verb>(verb: V, payload: RequestOf<V>): Promise<ResponseOf<V>> {
  let reply: Reply<V> | undefined;
  try {
    reply = (await browser.runtime.sendMessage({ verb, payload })) as Reply<V> | undefined;
  } catch (error) {
    if (!WORKER_GONE.test(String(error))) throw new Failure('unknown', { detail: String(error) });
    // Not safe to repeat: the caller asks what became of it (createMeeting → attemptStatus).
    if (SENT_ONCE.has(verb)) throw new Failure('answerLost');
    reply = (await browser.runtime.sendMessage({ verb, payload })) as Reply<V> | undefined;
  }
  if (!reply) throw new Failure('unknown', { detail: 'no answer' });
  if (!reply.ok) throw new Failure(reply.failure.kind, reply.failure.params ?? {});
  return reply.data;
}

export type SendVerb = typeof sendVerb;
