/** `npm test` runs this first: the layout rules of scripts/check/layout-rules.ts on the product code. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { layoutProblems } from './layout-rules';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (statSync(join(ROOT, path)).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const sources = new Map(['utils', 'components', 'entrypoints'].flatMap(files).map((f) => [f, readFileSync(join(ROOT, f), 'utf8')] as const));
const { problems, imports, folders } = layoutProblems(sources);
if (problems.length) {
  console.error(`Layout check: ${problems.length} problem(s)\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`Layout check: ${imports} imports, ${folders} folders, no rule broken, no folder cycle.`);
