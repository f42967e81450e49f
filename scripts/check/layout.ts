/**
 * The layout rules, checked on every `npm test`:
 * - code in the OnTime page (utils/page) and code in the worker (utils/worker) never import each
 *   other; both may import utils/shared, which imports neither;
 * - nothing in utils/ imports components/, and no view imports the worker;
 * - no cycle between folders.
 * Type-only imports count: they are where a newcomer reads the dependency.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

const ROOT = join(dirname(new URL(import.meta.url).pathname), '../..');
const SOURCES = ['utils', 'components', 'entrypoints'];

const RULES: { from: RegExp; to: RegExp; why: string }[] = [
  { from: /^utils\/page\//, to: /^utils\/worker\//, why: 'page code must not import worker code' },
  { from: /^utils\/worker\//, to: /^utils\/page\//, why: 'worker code must not import page code' },
  { from: /^utils\/shared\//, to: /^utils\/(page|worker)\//, why: 'shared code imports neither page nor worker' },
  { from: /^utils\//, to: /^components\//, why: 'utils/ must not import components/' },
  { from: /^components\//, to: /^utils\/worker\//, why: 'views talk to the worker only through messages' },
];

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (statSync(join(ROOT, path)).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

function resolve(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('@/')) base = spec.slice(2);
  else if (spec.startsWith('.')) base = normalize(join(dirname(from), spec));
  else return null;
  base = base.split('?')[0]!;
  for (const ext of ['', '.ts', '.tsx', '/index.ts', '/index.tsx']) {
    try {
      if (statSync(join(ROOT, base + ext)).isFile()) return relative(ROOT, join(ROOT, base + ext));
    } catch {
      // try the next extension
    }
  }
  return null;
}

export function imports(file: string, text: string): string[] {
  const specs = [...text.matchAll(/(?:from\s+|import\s*\(\s*|^import\s+)['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
  return specs.map((s) => resolve(file, s)).filter((s): s is string => !!s);
}

/** Folder-level cycles, each as the list of folders it passes through. */
export function folderCycles(edges: Map<string, Set<string>>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of edges.keys()) if (!state.has(node)) visit(node);
  return cycles;
}

const problems: string[] = [];
const folders = new Map<string, Set<string>>();
let count = 0;
for (const file of SOURCES.flatMap(files)) {
  for (const target of imports(file, readFileSync(join(ROOT, file), 'utf8'))) {
    count++;
    for (const rule of RULES) if (rule.from.test(file) && rule.to.test(target)) problems.push(`${file} → ${target}: ${rule.why}`);
    const [a, b] = [dirname(file), dirname(target)];
    if (a !== b) folders.set(a, (folders.get(a) ?? new Set()).add(b));
  }
}
for (const cycle of folderCycles(folders)) problems.push(`folder cycle: ${cycle.join(' → ')}`);

if (problems.length) {
  console.error(`Layout check: ${problems.length} problem(s)\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`Layout check: ${count} imports, ${folders.size} folders, no rule broken, no folder cycle.`);
