/**
 * Why detached DOM stays alive: takes a heap snapshot of the page's isolate and finds, for each
 * detached node matching a predicate (e.g. OnTime's closed editor dialogs), the shortest strong
 * path from the GC roots. Paths are grouped by shape, internal Blink hops are dropped.
 */
import type { PageCdp } from './cdp';

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; edge_fields: string[]; node_types: [string[]]; edge_types: [string[]] } };
  nodes: number[];
  edges: number[];
  strings: string[];
}

export interface RetainerGroup {
  count: number;
  path: string[];
}

export interface RetainerReport {
  detachedTargets: number;
  reached: number;
  groups: RetainerGroup[];
}

async function takeSnapshot(cdp: PageCdp): Promise<Snapshot> {
  const chunks: string[] = [];
  const onChunk = (e: { chunk: string }) => chunks.push(e.chunk);
  cdp.session.on('HeapProfiler.addHeapSnapshotChunk' as never, onChunk as never);
  try {
    await cdp.send('HeapProfiler.enable');
    for (let i = 0; i < 2; i++) await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false });
    await cdp.send('HeapProfiler.disable');
  } finally {
    cdp.session.off('HeapProfiler.addHeapSnapshotChunk' as never, onChunk as never);
  }
  return JSON.parse(chunks.join('')) as Snapshot;
}

const NOISE = /^(blink::Heap|blink::BasicHeap|cppgc::|system \/ PropertyArray|\(Global handles\)|\(GC roots\))/;

export async function retainersOfDetached(cdp: PageCdp, isTarget: (name: string) => boolean, limit = 300): Promise<RetainerReport> {
  const snap = await takeSnapshot(cdp);
  const meta = snap.snapshot.meta;
  const nf = meta.node_fields.length;
  const ef = meta.edge_fields.length;
  const { nodes, edges, strings } = snap;
  const n = nodes.length / nf;
  const iType = meta.node_fields.indexOf('type');
  const iName = meta.node_fields.indexOf('name');
  const iEdges = meta.node_fields.indexOf('edge_count');
  const iDetached = meta.node_fields.indexOf('detachedness');
  const nodeTypes = meta.node_types[0];
  const edgeTypes = meta.edge_types[0];
  const weak = edgeTypes.indexOf('weak');
  const first = new Int32Array(n + 1);
  for (let i = 0, e = 0; i < n; i++) {
    first[i] = e;
    e += nodes[i * nf + iEdges]! * ef;
  }
  first[n] = edges.length;
  const name = (i: number) => strings[nodes[i * nf + iName]!] ?? '';
  const type = (i: number) => nodeTypes[nodes[i * nf + iType]!] ?? '?';

  const targets = new Set<number>();
  if (iDetached >= 0) for (let i = 0; i < n; i++) if (nodes[i * nf + iDetached] === 2 && isTarget(name(i))) targets.add(i);

  // Breadth-first from the root over strong edges: the first path found to a node is a shortest one.
  const prev = new Int32Array(n).fill(-1);
  const via = new Int32Array(n).fill(-1);
  const seen = new Uint8Array(n);
  seen[0] = 1;
  let frontier = [0];
  const reached: number[] = [];
  while (frontier.length && reached.length < Math.min(limit, targets.size)) {
    const next: number[] = [];
    for (const i of frontier) {
      for (let e = first[i]!; e < first[i + 1]!; e += ef) {
        if (edges[e] === weak) continue;
        const to = edges[e + 2]! / nf;
        if (seen[to]) continue;
        seen[to] = 1;
        prev[to] = i;
        via[to] = e;
        next.push(to);
        if (targets.has(to)) reached.push(to);
      }
    }
    frontier = next;
  }

  const groups = new Map<string, RetainerGroup>();
  for (const t of reached) {
    const hops: string[] = [];
    for (let i = t; i > 0 && prev[i]! >= 0; i = prev[i]!) {
      const e = via[i]!;
      const et = edgeTypes[edges[e]!];
      const label = et === 'element' || et === 'hidden' ? '' : ` .${String(strings[edges[e + 1]!]).slice(0, 60)}`;
      const nodeName = name(i).replace(/\s+/g, ' ').slice(0, 70);
      if (NOISE.test(nodeName) && i !== t) continue;
      hops.unshift(`${label ? `${label} → ` : '→ '}${type(i)} ${nodeName}`);
    }
    // Group by shape: without the target itself (its name holds a fresh id) and object ids.
    const key = hops.slice(0, -1).map((h) => h.replace(/@\d+/g, '@')).join('|');
    const g = groups.get(key) ?? { count: 0, path: hops };
    g.count++;
    groups.set(key, g);
  }
  return { detachedTargets: targets.size, reached: reached.length, groups: [...groups.values()].sort((a, b) => b.count - a.count) };
}
