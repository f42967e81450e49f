/**
 * Stops the extension's service worker for real (CDP ServiceWorker.stopWorker) and proves it:
 * waits for its version to report runningStatus "stopped", and records when it starts again.
 */
import type { PageCdp } from './cdp';

interface Version {
  versionId: string;
  scriptURL: string;
  runningStatus: string;
}

export interface WorkerControl {
  /** Resolves once the extension's worker is stopped; returns how long that took. */
  stop(timeoutMs?: number): Promise<number>;
  /** Status changes since `since` (Date.now() based), to show a cold click really started it. */
  changesSince(since: number): { at: number; status: string }[];
  close(): Promise<void>;
}

export async function controlWorker(cdp: PageCdp, extensionId: string): Promise<WorkerControl> {
  const prefix = `chrome-extension://${extensionId}/`;
  let current: Version | null = null;
  const changes: { at: number; status: string }[] = [];
  const waiters = new Set<() => void>();
  const onVersions = (e: { versions: Version[] }) => {
    for (const v of e.versions) {
      if (!v.scriptURL.startsWith(prefix)) continue;
      if (!current || current.runningStatus !== v.runningStatus || current.versionId !== v.versionId) changes.push({ at: Date.now(), status: v.runningStatus });
      current = v;
      for (const w of waiters) w();
    }
  };
  cdp.session.on('ServiceWorker.workerVersionUpdated' as never, onVersions as never);
  await cdp.send('ServiceWorker.enable');
  const until = async (pred: () => boolean, timeoutMs: number) => {
    if (pred()) return true;
    return new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => {
        waiters.delete(check);
        resolve(false);
      }, timeoutMs);
      const check = () => {
        if (!pred()) return;
        clearTimeout(timer);
        waiters.delete(check);
        resolve(true);
      };
      waiters.add(check);
    });
  };
  await until(() => current !== null, 5000);

  return {
    async stop(timeoutMs = 5000) {
      const t0 = Date.now();
      if (!current) throw new Error('the extension service worker is not known to CDP');
      if (current.runningStatus !== 'stopped') await cdp.send('ServiceWorker.stopWorker', { versionId: current.versionId });
      if (!(await until(() => current?.runningStatus === 'stopped', timeoutMs))) {
        throw new Error(`the service worker did not stop (status ${current?.runningStatus})`);
      }
      return Date.now() - t0;
    },
    changesSince: (since) => changes.filter((c) => c.at >= since),
    async close() {
      cdp.session.off('ServiceWorker.workerVersionUpdated' as never, onVersions as never);
      await cdp.send('ServiceWorker.disable').catch(() => undefined);
    },
  };
}
