import { describe, expect, it } from 'vitest';
import { addedQuestionBoxes, answerBox, confirmationAnswer, editorAction, inlineAnswer, innerBox, isNewEventEditor, isQuestionBox, outsideSave } from '@/utils/page/ontime/buttons';

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

describe("answers and saves that are not OnTime's own editor buttons", () => {
  it('a row shown inside the editor after Delete: "Yes, delete" confirms, "No" backs out; the editor’s own buttons are not answers', () => {
    const editor = editorIn(`<div role="dialog" data-editor><input id="subject">
      <div role="group"><button id="yes">Yes, delete</button><button id="no">No</button></div>
      <button id="save">Save</button><button id="cancel">Cancel</button></div>`);
    expect(inlineAnswer(document.getElementById('yes'), editor)).toBe('confirm');
    expect(inlineAnswer(document.getElementById('no'), editor)).toBe('cancel');
    expect(inlineAnswer(document.getElementById('save'), editor)).toBeNull();
    expect(inlineAnswer(document.getElementById('cancel'), editor)).toBeNull();
  });

  it("a save button outside the editor (a minimised editor's chip) is its Save; a bare OK or another button is not", () => {
    const editor = editorIn(`<div role="dialog" data-editor><input id="subject"><button id="inside">Save</button></div>
      <span><button id="draft">Save draft</button><button id="ok">OK</button><button id="discard">Discard</button><button id="jp">保存</button></span>`);
    expect(outsideSave(document.getElementById('draft'), editor)).toBe(true);
    expect(outsideSave(document.getElementById('jp'), editor)).toBe(true);
    expect(outsideSave(document.getElementById('ok'), editor)).toBe(false);
    expect(outsideSave(document.getElementById('discard'), editor)).toBe(false);
    expect(outsideSave(document.getElementById('inside'), editor)).toBe(false);
  });
});

describe('a question that re-mounts the editor inside it', () => {
  const page = () =>
    editorIn(`<div role="alertdialog" id="question"><p>Delete this event?</p><button id="ok">OK</button><button id="no">Cancel</button>
      <div role="dialog" data-editor><input id="subject"><button id="del">Delete</button><button id="save">Save</button></div></div>`);

  it('its OK and Cancel, outside the editor, answer in the box around it', () => {
    const { container } = page();
    const question = document.getElementById('question')!;
    expect(confirmationAnswer(document.getElementById('ok'), container)).toEqual({ answer: 'confirm', box: question });
    expect(confirmationAnswer(document.getElementById('no'), container)).toEqual({ answer: 'cancel', box: question });
  });

  it("the editor's own buttons answer nothing, and the editor itself is no answer box", () => {
    const { container } = page();
    expect(confirmationAnswer(document.getElementById('del'), container)).toBeNull();
    expect(answerBox(document.getElementById('save')!, container)).toBeNull();
  });

  it('a button in a form-editor wrapped by a dialog box is the editor’s, not an answer', () => {
    editorIn(`<div role="dialog" id="frame"><form data-editor><input id="subject"><button id="ok">OK</button></form></div>`);
    expect(answerBox(document.getElementById('ok')!, document.querySelector('[data-editor]')!)).toBeNull();
  });

  it('is a question box: the fields inside are the nested editor’s, not its own', () => {
    page();
    expect(isQuestionBox(document.getElementById('question')!)).toBe(true);
    expect(isQuestionBox(document.querySelector('[data-editor]')!)).toBe(false);
    expect([...addedQuestionBoxes([document.getElementById('question')!])]).toEqual([document.getElementById('question')]);
  });

  it('a box with a field of its own to fill is not a question', () => {
    document.body.innerHTML = `<div role="dialog" id="form"><input type="text"><button>OK</button></div>`;
    expect(isQuestionBox(document.getElementById('form')!)).toBe(false);
    expect(addedQuestionBoxes([document.getElementById('form')!]).size).toBe(0);
  });
});

describe('the editor of a new event (no Delete): what tells a duplicate from its original', () => {
  const editor = (footer: string, style = '') => {
    document.body.innerHTML = `<div role="dialog" data-editor ${style}><input id="subject">${footer}</div>`;
    return document.querySelector('[data-editor]')!;
  };

  it('Save and Delete: an event the server has', () => {
    expect(isNewEventEditor(editor('<button>Delete</button><button>Duplicate</button><button>Save</button>'))).toBe(false);
    expect(isNewEventEditor(editor('<button>削除</button><button>保存</button>'))).toBe(false);
  });

  it('Save without Delete, or with a Delete hidden in it: a new event', () => {
    expect(isNewEventEditor(editor('<button>Save</button><button>Cancel</button>'))).toBe(true);
    expect(isNewEventEditor(editor('<button hidden>Delete</button><button type="submit">Save</button>'))).toBe(true);
    expect(isNewEventEditor(editor('<div style="display: none"><button>Delete</button></div><button>保存</button>'))).toBe(true);
  });

  it('the editor itself hidden (a panel between two events) does not hide its Delete', () => {
    expect(isNewEventEditor(editor('<button>Delete</button><button>Save</button>', 'style="display: none"'))).toBe(false);
  });

  it('no Save we recognise: we cannot tell, not new', () => {
    expect(isNewEventEditor(editor('<button>Store it</button><button>Cancel</button>'))).toBe(false);
  });
});
