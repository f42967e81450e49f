/*
 * How long this copy of the page script runs. WXT's context aborts when a document event named
 * after our extension id says a newer copy started; the id is public, so any page script can send
 * that event and silence us mid-create (measured: one forged CustomEvent or postMessage did).
 * Here a newer copy stops the older one through this isolated world's global object, which page
 * scripts cannot see; WXT's abort counts only once the extension itself is gone (updated,
 * disabled or removed), which no page can fake.
 */
const KEY = Symbol.for('ontime-zoom.stop');
type Holder = { [KEY]?: () => void };

export function scriptLifetime(wxtSignal: AbortSignal, extensionAlive: () => boolean, scope: object = globalThis): AbortSignal {
  const holder = scope as Holder;
  holder[KEY]?.(); // an earlier copy in this world (re-injected into an open tab)
  const controller = new AbortController();
  const stop = () => controller.abort();
  holder[KEY] = stop;
  const onWxtAbort = () => {
    if (!extensionAlive()) stop();
  };
  if (wxtSignal.aborted) onWxtAbort();
  else wxtSignal.addEventListener('abort', onWxtAbort, { once: true });
  controller.signal.addEventListener('abort', () => {
    if (holder[KEY] === stop) delete holder[KEY];
  }, { once: true });
  return controller.signal;
}
