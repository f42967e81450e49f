/**
 * Bytes of every script the extension injects into OnTime pages: the manifest's static
 * content_scripts plus the scripts the background registered at run time (read from the running
 * extension, so the figure follows what is really injected), raw and gzip (node:zlib, level 9).
 * That is the always-loaded script, the budgeted figure. Apart, for information: the on-demand
 * part, injected into a frame only when its content script asks (an editor opened, a page check).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Composition } from './bundle-composition';

export interface ScriptSize {
  file: string;
  /** 'manifest' (static content_scripts), 'registered' (scripting.registerContentScripts) or 'onDemand' (executeScript when asked). */
  source: 'manifest' | 'registered' | 'onDemand';
  raw: number;
  gzip: number;
}

export interface BundleSizes {
  injected: ScriptSize[];
  /** What each kilobyte is (bundle-composition.ts), when it could be computed. */
  composition?: Composition;
  /** Loaded into a frame when an editor first opens there (or a page check asks), not on every page: not in the totals. */
  onDemand: ScriptSize[];
  onDemandComposition?: Composition;
  totalRaw: number;
  totalGzip: number;
  notes: string[];
}

/** The parts of a manifest content_scripts entry and of a registered script that name files. */
export interface RegisteredScript {
  js?: string[];
  css?: string[];
}

/** The on-demand part of the page script (utils/worker/registration/content-scripts.ts PART_FILE). */
export const ON_DEMAND_FILES = ['content-scripts/ontime-part.js'];
/** Its source entry, for what each KB is. */
export const ON_DEMAND_ENTRY = 'entrypoints/ontime-part.content/index.ts';

export function measureBundle(extensionDir: string, registered: readonly RegisteredScript[], onDemandFiles: readonly string[] = ON_DEMAND_FILES): BundleSizes {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as { content_scripts?: RegisteredScript[] };
  const notes: string[] = [];
  const injected: ScriptSize[] = [];
  const onDemand: ScriptSize[] = [];
  const add = (file: string, source: ScriptSize['source']) => {
    const key = file.replace(/^\//, '');
    const list = source === 'onDemand' ? onDemand : injected;
    if (list.some((s) => s.file === key)) return;
    if (!existsSync(join(extensionDir, key))) {
      notes.push(`${key} is referenced (${source}) but missing from the build`);
      return;
    }
    const data = readFileSync(join(extensionDir, key));
    list.push({ file: key, source, raw: data.length, gzip: gzipSync(data, { level: 9 }).length });
  };
  for (const cs of manifest.content_scripts ?? []) for (const f of [...(cs.js ?? []), ...(cs.css ?? [])]) add(f, 'manifest');
  for (const r of registered) for (const f of [...(r.js ?? []), ...(r.css ?? [])]) add(f, 'registered');
  for (const f of onDemandFiles) add(f, 'onDemand');
  if (!injected.length) notes.push('no injected script found: neither manifest content_scripts nor registered scripts');
  return {
    injected,
    onDemand,
    totalRaw: injected.reduce((a, s) => a + s.raw, 0),
    totalGzip: injected.reduce((a, s) => a + s.gzip, 0),
    notes,
  };
}
