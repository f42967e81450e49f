/**
 * Which of the extension's functions the page's main thread spends its time in, from a V8
 * sampling profile. The bundle is minified without a source map, so each function is shown with
 * the start of its code in the built file: enough to recognise it in the sources.
 */
import type { CpuProfile } from './cdp';

export interface HotFunction {
  name: string;
  location: string;
  selfMs: number;
  totalMs: number;
  snippet: string;
}

export interface ProfileSummary {
  profiledMs: number;
  extensionMs: number;
  hot: HotFunction[];
}

export function analyseProfile(profile: CpuProfile, extPrefix: string, sources: Map<string, string>, top = 10): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (id: number) => {
    const f = byId.get(id)!.callFrame;
    return `${f.url}|${f.functionName}|${f.lineNumber}|${f.columnNumber}`;
  };
  const isExt = (id: number) => byId.get(id)!.callFrame.url.startsWith(extPrefix);

  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let extUs = 0;
  let profiledUs = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = profile.timeDeltas[i + 1] ?? 0; // a sample's time runs until the next one
    const leaf = profile.samples[i]!;
    profiledUs += dt;
    const seen = new Set<string>();
    let anyExt = false;
    for (let id: number | undefined = leaf; id !== undefined; id = parent.get(id)) {
      if (!isExt(id)) continue;
      anyExt = true;
      const k = key(id);
      if (!seen.has(k)) {
        seen.add(k);
        total.set(k, (total.get(k) ?? 0) + dt);
      }
    }
    if (anyExt) extUs += dt;
    if (isExt(leaf)) self.set(key(leaf), (self.get(key(leaf)) ?? 0) + dt);
  }

  const hot = [...total]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, us]) => {
      const [url, name, line, col] = k.split('|') as [string, string, string, string];
      const text = sources.get(url);
      const lines = text?.split('\n');
      const snippet = lines?.[Number(line)]?.slice(Number(col), Number(col) + 160) ?? '';
      return {
        name: name || '(anonymous)',
        location: `${url.replace(/^chrome-extension:\/\/[^/]+\//, '')}:${Number(line) + 1}:${Number(col) + 1}`,
        selfMs: (self.get(k) ?? 0) / 1000,
        totalMs: us / 1000,
        snippet,
      };
    });
  return { profiledMs: profiledUs / 1000, extensionMs: extUs / 1000, hot };
}
