import { build } from 'esbuild';
import { resolve } from 'node:path';
const r = await build({ absWorkingDir: '/work/main', entryPoints: ['entrypoints/ontime.content/index.ts'], bundle: true, minify: true, write: false, metafile: true, format: 'iife', jsx: 'automatic', jsxImportSource: 'preact', tsconfig: 'tsconfig.json', alias: { 'wxt/browser': './utils/page/native-browser.ts' }, loader: { '.css': 'text' }, plugins: [{ name: 'x', setup(b) { b.onResolve({ filter: /\?inline$/ }, (a) => ({ path: resolve('/work/main', a.path.replace(/^@\//, '').replace(/\?inline$/, '')) })); } }], logLevel: 'silent' });
const inputs = Object.entries(Object.values(r.metafile.outputs)[0].inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput);
for (const [f, v] of inputs.slice(0, 60)) console.log(String(v.bytesInOutput).padStart(6), f);
