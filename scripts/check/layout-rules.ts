/**
 * The layout rules: code in the OnTime page (utils/page) and code in the worker (utils/worker)
 * never import each other; both may import utils/shared, which imports neither; nothing in utils/
 * imports components/, and no view imports the worker; no cycle between folders. Type-only
 * imports count: they are where a newcomer reads the dependency.
 */
import { dirname, join, normalize } from 'node:path';

const RULES: { from: RegExp; to: RegExp; why: string }[] = [
  { from: /^utils\/page\//, to: /^utils\/worker\//, why: 'page code must not import worker code' },
  { from: /^utils\/worker\//, to: /^utils\/page\//, why: 'worker code must not import page code' },
  { from: /^utils\/shared\//, to: /^utils\/(page|worker)\//, why: 'shared code imports neither page nor worker' },
  { from: /^utils\//, to: /^components\//, why: 'utils/ must not import components/' },
  { from: /^components\//, to: /^utils\/worker\//, why: 'views talk to the worker only through messages' },
];

const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

/** The files a source file imports (relative or `@/`), among `known` paths. */
export function importsOf(file: string, text: string, known: ReadonlySet<string>): string[] {
  const specs = [...text.matchAll(/(?:from\s+|import\s*\(\s*|^import\s+)['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
  return specs.flatMap((spec) => {
    let base: string;
    if (spec.startsWith('@/')) base = spec.slice(2);
    else if (spec.startsWith('.')) base = normalize(join(dirname(file), spec));
    else return [];
    base = base.split('?')[0]!;
    const hit = EXTENSIONS.map((ext) => base + ext).find((path) => known.has(path));
    return hit ? [hit] : [];
  });
}

/** Folder-level cycles, each as the folders it passes through. */
export function folderCycles(edges: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
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

/** Every broken rule and folder cycle in a set of source files (path → text). */
export function layoutProblems(sources: ReadonlyMap<string, string>): { problems: string[]; imports: number; folders: number } {
  const known = new Set(sources.keys());
  const problems: string[] = [];
  const folders = new Map<string, Set<string>>();
  let imports = 0;
  for (const [file, text] of sources) {
    for (const target of importsOf(file, text, known)) {
      imports++;
      for (const rule of RULES) if (rule.from.test(file) && rule.to.test(target)) problems.push(`${file} → ${target}: ${rule.why}`);
      const [a, b] = [dirname(file), dirname(target)];
      if (a !== b) folders.set(a, (folders.get(a) ?? new Set()).add(b));
    }
  }
  for (const cycle of folderCycles(folders)) problems.push(`folder cycle: ${cycle.join(' → ')}`);
  return { problems, imports, folders: folders.size };
}
