import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../harness/browser';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('the built extension', () => {
  const built = files(EXTENSION_DIR).filter((f) => /\.(js|json|html)$/.test(f));

  it('holds no client secret and never builds a Basic Authorization header', () => {
    expect(built.length).toBeGreaterThan(5);
    for (const file of built) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/client_secret/i);
      expect(text, file).not.toMatch(/["'`]Basic /);
    }
  });

  it('registers no onMessageExternal listener and asks for no broad required host permission', () => {
    // Our sources, not the bundle: webextension-polyfill names every event it wraps.
    const sources = ['entrypoints', 'utils', 'components'].flatMap((d) => files(join(EXTENSION_DIR, '../..', d)));
    for (const file of sources) expect(readFileSync(file, 'utf8'), file).not.toContain('onMessageExternal');
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.permissions.sort()).toEqual(['alarms', 'identity', 'scripting', 'storage']);
    expect(manifest.host_permissions.filter((h: string) => !/zoom(gov)?\.us|zoomgov\.com|127\.0\.0\.1|localhost/.test(h))).toEqual([]);
    expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(manifest.content_scripts ?? []).toEqual([]); // registered at run time for the granted addresses only
  });
});
