/**
 * What each kilobyte of the content script is: the same entry re-bundled with esbuild (minified,
 * metafile), bytes per source grouped by package or folder. esbuild's bundle is within a few
 * percent of WXT's; gzip per group is the total's gzip shared in proportion to raw bytes (gzip
 * cannot be split exactly), so read the groups as shares, and the figure above as the size.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, transform, type Plugin } from 'esbuild';

export interface CompositionRow {
  group: string;
  raw: number;
  /** Estimated: the bundle's gzip size × this group's share of the raw bytes. */
  gzip: number;
}

export interface Composition {
  raw: number;
  gzip: number;
  groups: CompositionRow[];
  files: CompositionRow[];
}

// Vite's `?inline` CSS: the minified stylesheet as a string, as the real build inlines it.
const inlineCss = (root: string): Plugin => ({
  name: 'inline-css',
  setup(b) {
    b.onResolve({ filter: /\.css\?inline$/ }, (a) => ({ path: resolve(root, a.path.replace(/^@\//, '').replace(/\?inline$/, '')), namespace: 'inline-css' }));
    b.onLoad({ filter: /.*/, namespace: 'inline-css' }, async (a) => ({
      contents: (await transform(await readFile(a.path, 'utf8'), { loader: 'css', minify: true })).code,
      loader: 'text',
    }));
  },
});

/** The group a source file counts under: its package, the CSS, or its folder (one deeper for the busiest ones). */
function groupOf(file: string): string {
  if (file.startsWith('inline-css:')) return 'CSS (control, dialog, toast)';
  const inModules = file.lastIndexOf('node_modules/');
  if (inModules >= 0) {
    const parts = file.slice(inModules + 'node_modules/'.length).split('/');
    return `npm: ${parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]}`;
  }
  const parts = file.split('/');
  return parts.slice(0, parts[0] === 'utils' && parts[1] === 'page' && parts[2] === 'ontime' ? 3 : 2).join('/');
}

export async function bundleComposition(root: string, entry = 'entrypoints/ontime.content/index.ts'): Promise<Composition> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    minify: true,
    write: false,
    metafile: true,
    format: 'iife',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    tsconfig: 'tsconfig.json',
    // As wxt.config.ts does for content scripts: the native promise APIs, no polyfill.
    alias: { 'wxt/browser': './utils/page/native-browser.ts' },
    plugins: [inlineCss(root)],
    logLevel: 'silent',
  });
  const text = result.outputFiles[0]!.text;
  const raw = Buffer.byteLength(text);
  const gzip = gzipSync(text, { level: 9 }).length;
  const share = (bytes: number) => Math.round((gzip * bytes) / raw);
  const inputs = Object.entries(Object.values(result.metafile.outputs)[0]!.inputs).filter(([, v]) => v.bytesInOutput > 0);
  const groups = new Map<string, number>();
  for (const [file, v] of inputs) groups.set(groupOf(file), (groups.get(groupOf(file)) ?? 0) + v.bytesInOutput);
  const rows = (entries: [string, number][]) => entries.sort((a, b) => b[1] - a[1]).map(([group, bytes]) => ({ group, raw: bytes, gzip: share(bytes) }));
  return {
    raw,
    gzip,
    groups: rows([...groups]),
    files: rows(inputs.map(([file, v]) => [file.replace(/^.*node_modules\//, 'npm: ').replace(/^inline-css:.*\/components\//, 'css: components/'), v.bytesInOutput])).slice(0, 12),
  };
}
