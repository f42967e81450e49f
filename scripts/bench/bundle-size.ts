/**
 * Bytes of every script the extension injects into OnTime pages: the manifest's static
 * content_scripts plus the scripts the background registered at run time (read from the running
 * extension, so the figure follows what is really injected), raw and gzip (node:zlib, level 9).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ScriptSize {
  file: string;
  /** 'manifest' (static content_scripts), 'registered' (scripting.registerContentScripts), 'unreferenced' (in content-scripts/ but not injected) */
  source: 'manifest' | 'registered' | 'unreferenced';
  raw: number;
  gzip: number;
}

export interface BundleSizes {
  injected: ScriptSize[];
  other: ScriptSize[];
  totalRaw: number;
  totalGzip: number;
  notes: string[];
}

interface Manifest {
  content_scripts?: { js?: string[]; css?: string[]; matches?: string[] }[];
  web_accessible_resources?: unknown[];
}

export interface RegisteredScript {
  id: string;
  js?: string[];
  css?: string[];
  matches?: string[];
}

function sizeOf(dir: string, file: string, source: ScriptSize['source']): ScriptSize {
  const data = readFileSync(join(dir, file.replace(/^\//, '')));
  return { file: file.replace(/^\//, ''), source, raw: data.length, gzip: gzipSync(data, { level: 9 }).length };
}

export function measureBundle(extensionDir: string, registered: readonly RegisteredScript[]): BundleSizes {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as Manifest;
  const notes: string[] = [];
  const seen = new Set<string>();
  const injected: ScriptSize[] = [];
  const add = (file: string, source: ScriptSize['source']) => {
    const key = file.replace(/^\//, '');
    if (seen.has(key)) return;
    seen.add(key);
    if (!existsSync(join(extensionDir, key))) {
      notes.push(`${key} is referenced (${source}) but missing from the build`);
      return;
    }
    injected.push(sizeOf(extensionDir, key, source));
  };
  for (const cs of manifest.content_scripts ?? []) for (const f of [...(cs.js ?? []), ...(cs.css ?? [])]) add(f, 'manifest');
  for (const r of registered) for (const f of [...(r.js ?? []), ...(r.css ?? [])]) add(f, 'registered');
  if (!injected.length) notes.push('no injected script found: neither manifest content_scripts nor registered scripts');
  if (manifest.web_accessible_resources?.length) notes.push('manifest has web_accessible_resources: a content script could load more at run time');

  const other: ScriptSize[] = [];
  const csDir = join(extensionDir, 'content-scripts');
  if (existsSync(csDir)) {
    for (const f of readdirSync(csDir)) {
      const key = `content-scripts/${f}`;
      if (!seen.has(key)) other.push(sizeOf(extensionDir, key, 'unreferenced'));
    }
  }
  return {
    injected,
    other,
    totalRaw: injected.reduce((a, s) => a + s.raw, 0),
    totalGzip: injected.reduce((a, s) => a + s.gzip, 0),
    notes,
  };
}
