import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import ja from '../../public/_locales/ja/messages.json';
import { FAILURE_KINDS } from '@/utils/shared/failures';

const ROOT = resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const code = ['components', 'entrypoints', 'utils'].flatMap((d) => sources(join(ROOT, d))).map((p) => ({ path: p, text: readFileSync(p, 'utf8') }));

describe('locales', () => {
  it('en and ja have the same keys, none empty', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
    for (const catalog of [en, ja]) for (const [key, value] of Object.entries(catalog)) expect(value.message, key).not.toBe('');
  });

  it('keeps the placeholders of each message in both languages', () => {
    const placeholders = (m: string) => (m.match(/\$\d/g) ?? []).sort().join();
    for (const key of Object.keys(en) as (keyof typeof en)[]) expect(placeholders(ja[key].message), key).toBe(placeholders(en[key].message));
  });

  it('every key the code names exists, and every failure kind has a message', () => {
    const used = new Set<string>();
    for (const { text } of code) for (const m of text.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) used.add(m[1]!);
    for (const kind of FAILURE_KINDS) used.add(`page_err_${kind}`);
    const missing = [...used].filter((k) => !(k in en));
    expect(missing).toEqual([]);
  });

  it('components hold no hard-coded user-facing text', () => {
    for (const { path, text } of code.filter((c) => c.path.endsWith('.tsx'))) {
      // Text between JSX tags that is not an expression: >Some words<
      const literals = [...text.matchAll(/>\s*([^<>{}\s][^<>{}]*?)(\s*)</g)]
        // a generic type such as Promise<T> is not text
        .filter((m) => !(m[2] === '' && /^[A-Z]\w*$/.test(m[1]!)))
        .map((m) => m[1]!)
        .filter((s) => /[A-Za-z\u3040-\u9fff]{2,}/.test(s) && !/[;()=]/.test(s));
      expect(literals, path).toEqual([]);
      const attrs = [...text.matchAll(/\b(?:aria-label|title|placeholder|alt)="([^"]+)"/g)].map((m) => m[1]);
      expect(attrs, path).toEqual([]);
    }
  });

  it('the button names the issue gives are exact', () => {
    expect(en.page_button.message).toBe('Online meeting: Zoom');
    expect(ja.page_button.message).toBe('オンライン会議: Zoom');
    expect([en.opt_clientId, en.opt_zoomDomain, en.opt_oauthBase, en.opt_apiBase, en.opt_ontimeAddresses, en.opt_redirectUrl, en.opt_save].map((m) => m.message)).toEqual([
      'Client ID',
      'Zoom domain',
      'Zoom OAuth base URL',
      'Zoom API base URL',
      'OnTime web addresses',
      'Redirect URL',
      'Save',
    ]);
  });
});
