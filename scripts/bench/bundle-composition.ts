/**
 * What the content script is made of. The WXT build ships no source map, so the same entry is
 * bundled again in memory with esbuild (minified, metafile on) the way WXT wraps a content
 * script, and the bytes each input contributes are read from the metafile. The total lands
 * within a few percent of the real file; shares are what matter.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export interface CompositionPart {
  name: string;
  bytes: number;
  share: number;
}

export interface Composition {
  totalBytes: number;
  packages: CompositionPart[];
  modules: CompositionPart[];
  error?: string;
}

function groupOf(input: string): string {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
  if (m) return m[1]!;
  if (input.startsWith('<define:')) return '(build defines)';
  const parts = input.split('/');
  return parts.length > 1 ? `${parts[0]}/${parts.length > 2 ? `${parts[1]}/` : ''}` : input;
}

const WRAPPERS = {
  content: (entry: string) =>
    [
      `import definition from './${entry}';`,
      `import { ContentScriptContext } from 'wxt/utils/content-script-context';`,
      `(async () => { const { main, ...options } = definition; return main(new ContentScriptContext('ontime', options)); })();`,
    ].join('\n'),
  background: (entry: string) => [`import definition from './${entry}';`, `definition.main();`].join('\n'),
};

export async function bundleComposition(root: string, entry = 'entrypoints/ontime.content/index.ts', kind: keyof typeof WRAPPERS = 'content'): Promise<Composition> {
  try {
    const esbuild = await import('esbuild');
    const result = await esbuild.build({
      stdin: {
        contents: WRAPPERS[kind](entry),
        resolveDir: root,
        sourcefile: `(wxt ${kind} wrapper)`,
        loader: 'ts',
      },
      absWorkingDir: root,
      bundle: true,
      minify: true,
      write: false,
      metafile: true,
      format: 'iife',
      platform: 'browser',
      target: 'chrome120',
      jsx: 'automatic',
      jsxImportSource: 'preact',
      // As wxt.config.ts does: the polyfill for the worker, native APIs for the content script.
      alias: { 'wxt/browser': kind === 'content' ? './utils/content/native-browser.ts' : '@wxt-dev/webextension-polyfill/browser' },
      // Vite's `?inline` CSS imports: the stylesheet as a (minified) string.
      plugins: [
        {
          name: 'css-inline',
          setup(build) {
            build.onResolve({ filter: /\.css\?inline$/ }, (args) => ({ path: join(args.resolveDir, args.path.replace(/\?inline$/, '')), namespace: 'css-inline' }));
            build.onLoad({ filter: /.*/, namespace: 'css-inline' }, async (args) => ({
              contents: (await esbuild.transform(await readFile(args.path, 'utf8'), { loader: 'css', minify: true })).code,
              loader: 'text',
            }));
          },
        },
      ],
      define: {
        'import.meta.env': JSON.stringify({ MODE: 'production', PROD: true, DEV: false, BROWSER: 'chrome', CHROME: true, FIREFOX: false, MANIFEST_VERSION: 3, ENTRYPOINT: 'ontime' }),
      },
      logLevel: 'silent',
    });
    const output = Object.values(result.metafile.outputs)[0]!;
    const totalBytes = result.outputFiles[0]!.contents.length;
    const modules: CompositionPart[] = Object.entries(output.inputs)
      .map(([name, v]) => ({ name, bytes: v.bytesInOutput, share: v.bytesInOutput / totalBytes }))
      .filter((p) => p.bytes > 0)
      .sort((a, b) => b.bytes - a.bytes);
    const byGroup = new Map<string, number>();
    for (const m of modules) byGroup.set(groupOf(m.name), (byGroup.get(groupOf(m.name)) ?? 0) + m.bytes);
    const packages = [...byGroup].map(([name, bytes]) => ({ name, bytes, share: bytes / totalBytes })).sort((a, b) => b.bytes - a.bytes);
    return { totalBytes, packages, modules };
  } catch (error) {
    return { totalBytes: 0, packages: [], modules: [], error: String(error) };
  }
}

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
