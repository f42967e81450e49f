import { Failure } from '@/utils/shared/failures';

export interface PartLoaderDeps<P> {
  /** Asks the worker to inject the part into this frame; resolves once it ran. */
  inject(): Promise<unknown>;
  /** The part, if it has run in this world. */
  loaded(): P | undefined;
  /** Once, with the part, when it is first there. */
  onLoad(part: P): void;
}

/**
 * Loads the on-demand part once: `preload` when an editor opens (nothing waits for it), `ensure`
 * when it is needed now (the click waits). Calls while it loads share one injection; after a
 * failure (injection refused, the tab navigated) the next call tries again.
 */
export function createPartLoader<P>(deps: PartLoaderDeps<P>) {
  let ready: P | undefined;
  let pending: Promise<P> | null = null;
  const settle = (part: P): P => {
    if (ready === undefined) {
      ready = part;
      deps.onLoad(part);
    }
    return ready;
  };
  function ensure(): Promise<P> {
    if (ready !== undefined) return Promise.resolve(ready);
    const there = deps.loaded();
    if (there !== undefined) return Promise.resolve(settle(there));
    pending ??= deps
      .inject()
      .catch((error: unknown) => {
        throw new Failure('partUnavailable', { detail: String(error) });
      })
      .then(() => {
        const part = deps.loaded();
        if (part === undefined) throw new Failure('partUnavailable');
        return settle(part);
      })
      .finally(() => (pending = null));
    return pending;
  }
  return {
    ensure,
    preload(): void {
      ensure().catch(() => undefined); // the click tries again, and says so if it fails
    },
    /** The part, if loaded: for what must run synchronously. */
    get: (): P | undefined => ready,
  };
}

export type PartLoader<P> = ReturnType<typeof createPartLoader<P>>;
