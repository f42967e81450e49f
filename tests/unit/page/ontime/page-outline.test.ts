import { beforeEach, describe, expect, it } from 'vitest';
import { editorOutline, elementShape, maskShape, safeLabel, valuesIn } from '@/utils/page/ontime/page-outline';

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('masking ids and classes', () => {
  it.each([
    ['css-1gwe96m', 'css-*'],
    ['f-3k2', 'f-*'],
    ['h-5al', 'h-*'],
    ['dialog-title', 'dialog-title'],
    ['ontime-editor', 'ontime-editor'],
    ['row5', '*'],
    ['x_12_34_y', 'x_*_y'],
    ['abcdefghijklmnopqrstuvwxyz', '*'],
    ['ember1234', '*'],
  ])('%s → %s', (token, shape) => expect(maskShape(token)).toBe(shape));

  it('an element shape keeps tag, type and role, masks id and classes', () => {
    document.body.innerHTML = '<input type="text" id="f-9x1" class="css-72ilbv wide" role="combobox">';
    expect(elementShape(document.body.firstElementChild!)).toBe('input[type=text][role=combobox]#f-*.css-*.wide');
  });
});

describe('the outline of an editor', () => {
  it('copies tags, roles, label texts and button kinds, never values or free text', () => {
    document.body.innerHTML = `
      <div role="dialog" id="dlg-4711"><h2>Edit meeting: Merger talks</h2>
        <label for="s">Subject</label><input id="s" value="Merger talks">
        <span id="l1">Location</span><input aria-labelledby="l1" value="Room Kirin">
        <div class="chips"><span class="chip">Hanako Yamada</span><button aria-label="Remove Hanako Yamada">x</button></div>
        <div contenteditable="true" aria-label="Description">Secret agenda</div>
        <select aria-label="Reminder"><option selected>Fifteen minutes</option></select>
        <button type="submit">Save</button><button>Delete</button>
        <svg><path d="M0 0"/></svg>
      </div>`;
    const outline = editorOutline(document.body.firstElementChild!);
    const text = outline.join('\n');
    for (const secret of ['Merger', 'Kirin', 'Hanako', 'Yamada', 'Secret', 'Fifteen', 'merger', 'kirin']) expect(text).not.toContain(secret);
    expect(outline[0]).toBe('div[role=dialog]#dlg-*');
    expect(text).toContain('label “subject”');
    expect(text).toContain('input#s “subject”');
    expect(text).toContain('input “location”');
    expect(text).toContain('div “description”');
    expect(text).toContain('button[type=submit] ‹save›');
    expect(text).toContain('button ‹delete›');
    expect(text).not.toContain('path');
    expect(text).toMatch(/^ {2}h2$/m);
  });

  it('our own control is one line', () => {
    document.body.innerHTML = '<form><ontime-zoom-control><span>inside</span></ontime-zoom-control></form>';
    expect(editorOutline(document.body.firstElementChild!, (el) => el.localName === 'ontime-zoom-control')).toEqual(['form', '  ‹Zoom for OnTime control›']);
  });

  it('a label that holds a value typed in the editor is masked', () => {
    document.body.innerHTML = '<form><input value="Aoba Bank review"><textarea>line one\nSecond line here</textarea></form>';
    const values = valuesIn(document.body.firstElementChild!);
    expect(values).toEqual(['aoba bank review', 'line one', 'second line here']);
    expect(safeLabel('Aoba Bank review', values)).toBe('‹masked›');
    expect(safeLabel('Aoba', values)).toBe('‹masked›');
    expect(safeLabel('Location', values)).toBe('location');
  });
});
