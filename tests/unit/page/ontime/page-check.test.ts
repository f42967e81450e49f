import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkPage } from '@/utils/page/ontime/page-check';
import { previewOverride } from '@/utils/page/ontime/override-preview';
import type { FieldFinding } from '@/utils/shared/page-check';

const SECRETS = { subject: 'Merger talks with Aoba Bank', location: 'Room Kirin 7F', body: 'Bring the draft contract for Tanaka-san', participant: 'Hanako Yamada' };

/** The demo's English editor (saved by save-fixtures.ts), with the user's text typed in. */
function loadDemoEditor({ renameLocation = false } = {}) {
  document.documentElement.innerHTML = readFileSync(resolve(import.meta.dirname, '../../../fixtures/ontime-editor-en.html'), 'utf8');
  const byLabel = (name: string) => document.querySelector<HTMLInputElement>(`[aria-label="${name}"]`);
  const subject = document.querySelector<HTMLInputElement>('input[type="text"][placeholder]')!;
  subject.value = SECRETS.subject;
  const locationLabel = [...document.querySelectorAll('span[id]')].find((s) => s.textContent === 'Location')!;
  const location = document.querySelector<HTMLInputElement>(`[aria-labelledby="${locationLabel.id}"]`)!;
  location.value = SECRETS.location;
  if (renameLocation) locationLabel.lastChild!.textContent = 'Venue';
  document.querySelector('textarea')!.value = SECRETS.body;
  byLabel('Participants')!.value = SECRETS.participant;
  return { location };
}

const field = (fields: FieldFinding[], name: string) => fields.find((f) => f.field === name)!;

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('the page check, from the product’s own detection', () => {
  it('finds every field of the demo editor and says by which rule', () => {
    loadDemoEditor();
    const report = checkPage(document, {});
    expect(report.editorOpen).toBe(true);
    expect(report.container).toEqual({ element: expect.stringMatching(/^div\[role=dialog\]/), by: 'containerRole' });
    expect(field(report.fields, 'subject')).toMatchObject({ found: true, by: 'labelFor', label: 'subject', element: expect.stringMatching(/^input\[type=text\]/) });
    expect(field(report.fields, 'start')).toMatchObject({ found: true, by: 'labelFor', count: 2 });
    expect(field(report.fields, 'end')).toMatchObject({ found: true, by: 'ariaLabelledBy', count: 2 });
    expect(field(report.fields, 'location')).toMatchObject({ found: true, by: 'ariaLabelledBy', label: 'location' });
    expect(field(report.fields, 'body')).toMatchObject({ found: true, by: 'labelFor', label: 'description' });
    // The zone line runs into the next row's text ("Asia/TokyoLocation"): the product falls back to
    // the browser's zone here, and the check says so.
    expect(field(report.fields, 'timeZone')).toEqual({ field: 'timeZone', found: false, tried: [{ rule: 'zoneText' }], fallback: 'browserZone' });
    expect(field(report.fields, 'controlPlace')).toMatchObject({ found: true, by: 'onlineMeetingText' });
    expect(field(report.fields, 'save')).toMatchObject({ found: true, by: 'buttonLabel' });
    // A new event's Delete is in the page, hidden.
    expect(field(report.fields, 'delete')).toMatchObject({ found: true, by: 'buttonLabel', hidden: true });
  });

  it('a renamed Location label: not found, the rules tried, and the renamed control listed', () => {
    loadDemoEditor({ renameLocation: true });
    const report = checkPage(document, { location: '#nowhere' });
    const location = field(report.fields, 'location');
    expect(location.found).toBe(false);
    expect(location.tried).toEqual([
      { rule: 'override', selector: '#nowhere', outcome: 'noMatch' },
      { rule: 'labels', words: expect.arrayContaining(['location', '場所']), controls: expect.any(Number) },
    ]);
    expect(report.unmatched).toContainEqual({ element: expect.stringMatching(/^input\[type=text\]/), label: 'venue', by: 'ariaLabelledBy' });
    // The editor is still an editor: subject and start are there.
    expect(report.editorOpen).toBe(true);
  });

  it('an override that matches says so; an invalid one is reported as invalid', () => {
    const { location } = loadDemoEditor({ renameLocation: true });
    location.classList.add('venue-field');
    expect(field(checkPage(document, { location: '.venue-field' }).fields, 'location')).toMatchObject({ found: true, by: 'override' });
    expect(field(checkPage(document, { location: '!x' }).fields, 'location').tried![0]).toEqual({ rule: 'override', selector: '!x', outcome: 'invalid' });
  });

  it('a missing Delete lists the button labels tried', () => {
    document.body.innerHTML = '<form><label for="s">Subject</label><input id="s"><label for="a">Start</label><input id="a" type="date"><button>Save</button><button>Close</button></form>';
    expect(field(checkPage(document, {}).fields, 'delete')).toEqual({ field: 'delete', found: false, tried: [{ rule: 'buttonLabel', words: expect.arrayContaining(['delete', '削除']), buttons: 2 }] });
  });

  it('a zone named in the editor’s text is found by it', () => {
    document.body.innerHTML = '<form><label for="s">Subject</label><input id="s"><label for="a">Start</label><input id="a" type="date"> <span>(GMT+09:00) Asia/Tokyo</span> </form>';
    expect(field(checkPage(document, {}).fields, 'timeZone')).toEqual({ field: 'timeZone', found: true, by: 'zoneText' });
  });

  it('no editor open: says so and reports no fields', () => {
    document.body.innerHTML = '<main><h1>Week</h1><p>Calendar</p></main>';
    expect(checkPage(document, {})).toMatchObject({ editorOpen: false, candidates: 0, fields: [], outline: [] });
  });

  it('a dialog that is not a meeting editor is named, with what is missing', () => {
    document.body.innerHTML = '<div role="dialog"><label for="x">Title</label><input id="x" value="Weekly"><button>Save</button></div>';
    const report = checkPage(document, {});
    expect(report.editorOpen).toBe(false);
    expect(report.container?.element).toBe('div[role=dialog]');
    expect(field(report.fields, 'subject')).toMatchObject({ found: false });
    expect(field(report.fields, 'start')).toMatchObject({ found: false, tried: [{ rule: 'labels', words: expect.arrayContaining(['start', '開始']), controls: 1 }] });
  });

  it('no field value, and no other event text, is anywhere in the report', () => {
    loadDemoEditor({ renameLocation: true });
    const text = JSON.stringify(checkPage(document, { location: '#nowhere' }));
    for (const secret of Object.values(SECRETS)) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/); // the dates in the date inputs
    expect(text).not.toContain('Asia/'); // the zone line's text
  });

  it('a label that repeats what the user typed is masked', () => {
    document.body.innerHTML = '<form><label for="s">Subject</label><input id="s"><label for="a">Start</label><input id="a" type="date"><input id="p" placeholder="Yamada"></form>';
    (document.getElementById('s') as HTMLInputElement).value = 'Lunch with Yamada';
    const report = checkPage(document, {});
    expect(JSON.stringify(report)).not.toContain('yamada');
    expect(report.unmatched).toContainEqual({ element: 'input#p', label: '‹masked›', by: 'placeholder' });
  });
});

describe('trying an override before it is saved', () => {
  it('counts matches inside the open editor and names the first', () => {
    const { location } = loadDemoEditor({ renameLocation: true });
    location.classList.add('venue-field');
    expect(previewOverride(document, {}, 'location', '.venue-field')).toEqual({
      status: 'matches',
      count: 1,
      scope: 'editor',
      elements: [{ element: expect.stringMatching(/^input\[type=text\]/), label: 'venue' }],
    });
    expect(previewOverride(document, {}, 'location', '.no-such-thing')).toMatchObject({ status: 'matches', count: 0, elements: [] });
    const many = previewOverride(document, {}, 'location', 'input[type="text"]');
    expect(many.status === 'matches' && many.count).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(many)).not.toContain(SECRETS.subject.toLowerCase());
  });

  it('an invalid selector says so; an empty one says nothing', () => {
    loadDemoEditor();
    expect(previewOverride(document, {}, 'location', '!x')).toEqual({ status: 'invalid' });
    expect(previewOverride(document, {}, 'location', '  ')).toEqual({ status: 'empty' });
  });

  it('with no editor open it is tried on the whole page', () => {
    document.body.innerHTML = '<main><input class="x" aria-label="Search"></main>';
    expect(previewOverride(document, {}, 'location', '.x')).toEqual({ status: 'matches', count: 1, scope: 'page', elements: [{ element: 'input.x', label: 'search' }] });
  });
});
