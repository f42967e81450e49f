import { beforeEach, describe, expect, it } from 'vitest';
import { readEditor } from '@/utils/page/ontime/editor';
import { readValue } from '@/utils/page/ontime/field-values';
import { existingJoinUrl, findJoinUrl } from '@/utils/page/ontime/find-join-url';
import { stripMeeting, writeMeeting } from '@/utils/page/ontime/write-back';
import { loadContainer } from './load-container';

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('writing back', () => {
  it('writes link and invitation, recognises them, and strips only its own text', () => {
    const container = loadContainer(`<div role="dialog"><label>Subject <input value="S"></label><label>Start <input value="2026-12-01 10:00"></label>
      <label>Location <input></label><label>Description <textarea>My agenda</textarea></label></div>`);
    const editor = readEditor(container)!;
    const url = 'https://us02web.zoom.us/j/81234567890?pwd=abc';
    // Only a block holding our meeting's link counts as ours.
    writeMeeting(editor, url, `──────── Zoom ────────\nJoin\n${url}\n──────── /Zoom ────────`);
    expect(readValue(editor.location)).toBe(url);
    expect(existingJoinUrl(editor)).toEqual({ joinUrl: url, id: 81234567890 });
    stripMeeting(editor, url);
    expect(readValue(editor.location)).toBe('');
    expect(readValue(editor.body)).toBe('My agenda');
  });

  it('finds Zoom links from zoom.us, zoomgov.com and a configured host only', () => {
    expect(findJoinUrl('see https://zoom.us/j/1234567890 now')?.id).toBe(1234567890);
    expect(findJoinUrl('https://acme.zoomgov.com/j/12345678901?pwd=x')?.id).toBe(12345678901);
    expect(findJoinUrl('https://evil.example/j/12345678901')).toBeNull();
    expect(findJoinUrl('http://127.0.0.1:9000/j/12345678901', ['127.0.0.1'])?.id).toBe(12345678901);
  });
});
