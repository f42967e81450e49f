import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDraft } from '@/utils/page/ontime/draft';
import { candidateContainers, readEditor } from '@/utils/page/ontime/editor';
import { readValue } from '@/utils/page/ontime/field-values';
import { existingJoinUrl } from '@/utils/page/ontime/find-join-url';

/** Saved from the OnTime demo page by tests/harness/ontime-demo/save-fixtures.ts. */
function loadFixture(name: string) {
  document.documentElement.innerHTML = readFileSync(resolve(import.meta.dirname, '../../../fixtures', name), 'utf8');
  const containers = candidateContainers(document.body);
  expect(containers).toHaveLength(1);
  const editor = readEditor(containers[0]!);
  expect(editor).not.toBeNull();
  return editor!;
}

describe.each([
  ['ontime-editor-en.html', 'Online meeting'],
  ['ontime-editor-ja.html', 'オンライン会議'],
  ['ontime-editor-edit-en.html', 'Online meeting'],
  ['ontime-editor-hidden-ja.html', 'オンライン会議'],
  ['ontime-editor-with-zoom-link-en.html', 'Online meeting'],
])('%s', (name, rowLabel) => {
  it('finds the editor, its fields and the online-meeting row by meaning', () => {
    const editor = loadFixture(name);
    const draft = readDraft(editor);
    expect(draft).not.toBeNull();
    expect(draft!.start).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    expect(draft!.end > draft!.start).toBe(true);
    expect(editor.location).toBeInstanceOf(HTMLInputElement);
    expect(editor.body).toBeInstanceOf(HTMLTextAreaElement);
    expect(editor.onlineMeetingRow?.textContent).toContain(rowLabel);
  });
});

describe('fixture details', () => {
  it('reads the time zone the editor shows', () => {
    expect(readDraft(loadFixture('ontime-editor-en.html'))!.timeZone).toMatch(/^[A-Za-z_]+\/[A-Za-z_]+$|^UTC$/);
  });

  it('an existing event keeps its subject', () => {
    expect(readValue(loadFixture('ontime-editor-edit-en.html').subject)).not.toBe('');
  });

  it('recognises the Zoom link OnTime’s own integration wrote', () => {
    expect(existingJoinUrl(loadFixture('ontime-editor-with-zoom-link-en.html'))?.joinUrl).toMatch(/^https:\/\/zoom\.us\/j\/\d+/);
    expect(existingJoinUrl(loadFixture('ontime-editor-en.html'))).toBeNull();
  });
});
