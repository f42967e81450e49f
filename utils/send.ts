import { browser } from 'wxt/browser';
import { Failure, type FailureData } from './errors';
import type { Reply, RequestOf, ResponseOf, Verb } from './messaging';

// Chrome's texts when the worker was stopped before it answered.
const WORKER_GONE = /receiving end does not exist|message port closed|message channel closed|could not establish connection/i;

/** Sends a verb to the background; retries once if the worker died before answering. */
export async function send<V extends Verb>(verb: V, payload: RequestOf<V>): Promise<ResponseOf<V>> {
  let reply: Reply<V> | undefined;
  try {
    reply = (await browser.runtime.sendMessage({ verb, payload })) as Reply<V> | undefined;
  } catch (error) {
    if (!WORKER_GONE.test(String(error))) throw new Failure('unknown', { detail: String(error) });
    reply = (await browser.runtime.sendMessage({ verb, payload })) as Reply<V> | undefined;
  }
  if (!reply) throw new Failure('unknown', { detail: 'no answer' });
  if (!reply.ok) throw failureFrom(reply.failure);
  return reply.data;
}

function failureFrom(data: FailureData): Failure {
  return new Failure(data.kind, data.params ?? {});
}
