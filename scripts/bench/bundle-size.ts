/**
 * Bytes of every script the extension injects into OnTime pages: the manifest's static
 * content_scripts plus the scripts the background registered at run time (read from the running
 * extension, so the figure follows what is really injected), raw and gzip (node:zlib, level 9).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Composition } from './bundle-composition';

export interface ScriptSize {
  file: string;
  /** 'manifest' (static content_scripts) or 'registered' (scripting.registerContentScripts). */
  source: 'manifest' | 'registered';
  raw: number;
  gzip: number;
}

export interface BundleSizes {
  injected: ScriptSize[];
  /** What each kilobyte is (bundle-composition.ts), when it could be computed. */
  composition?: Composition;
  totalRaw: number;
  totalGzip: number;
  notes: string[];
}

/** The parts of a manifest content_scripts entry and of a registered script that name files. */
export interface RegisteredScript {
  js?: string[];
  css?: string[];
}

export function measureBundle(extensionDir: string, registered: readonly RegisteredScript[]): BundleSizes {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as { content_scripts?: RegisteredScript[] };
  const notes: string[] = [];
  const injected: ScriptSize[] = [];
  const add = (file: string, source: ScriptSize['source']) => {
    const key = file.replace(/^\//, '');
    if (injected.some((s) => s.file === key)) return;
    if (!existsSync(join(extensionDir, key))) {
      notes.push(`${key} is referenced (${source}) but missing from the build`);
      return;
    }
    const data = readFileSync(join(extensionDir, key));
    injected.push({ file: key, source, raw: data.length, gzip: gzipSync(data, { level: 9 }).length });
  };
  for (const cs of manifest.content_scripts ?? []) for (const f of [...(cs.js ?? []), ...(cs.css ?? [])]) add(f, 'manifest');
  for (const r of registered) for (const f of [...(r.js ?? []), ...(r.css ?? [])]) add(f, 'registered');
  if (!injected.length) notes.push('no injected script found: neither manifest content_scripts nor registered scripts');
  return {
    injected,
    totalRaw: injected.reduce((a, s) => a + s.raw, 0),
    totalGzip: injected.reduce((a, s) => a + s.gzip, 0),
    notes,
  };
}
