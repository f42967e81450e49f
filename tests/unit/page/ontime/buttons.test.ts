import { describe, expect, it } from 'vitest';
import { editorAction, innerBox } from '@/utils/page/ontime/buttons';

function editorIn(html: string) {
  document.body.innerHTML = html;
  const container = document.querySelector('[data-editor]')!;
  const subject = document.querySelector<HTMLInputElement>('#subject')!;
  return { container, subject };
}

describe('buttons in the editor', () => {
  it('a native <dialog> wrapping a role="dialog" form is the editor: its Save is Save', () => {
    const editor = editorIn(`<dialog data-editor open><div role="dialog"><form>
      <input id="subject"><button id="save" type="submit">Save</button></form></div></dialog>`);
    const save = document.getElementById('save')!;
    expect(innerBox(save, editor)).toBeNull();
    expect(editorAction(save, editor)).toBe('save');
  });

  it('a confirmation box inside the editor is a question: its OK is not Save', () => {
    const editor = editorIn(`<div role="dialog" data-editor><input id="subject"><button>Save</button>
      <div role="alertdialog" id="box"><form><button id="ok" type="submit">Save</button></form></div></div>`);
    const ok = document.getElementById('ok')!;
    expect(innerBox(ok, editor)).toBe(document.getElementById('box'));
    expect(editorAction(ok, editor)).toBeNull();
  });
});
