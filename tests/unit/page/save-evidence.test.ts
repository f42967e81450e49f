import { afterEach, describe, expect, it } from 'vitest';
import { saveVerdict, saveWord, watchSaveShown, type SaveEvidence } from '@/utils/page/save-evidence';

const NONE: SaveEvidence = { saved: false, mixed: false, failed: false, unread: false };

describe('what a message after Save says about it', () => {
  it('saved, in English and Japanese, with a time or a title around it', () => {
    for (const text of ['Saved', 'Saved 10:42:01 AM', 'All changes saved', 'Event saved successfully.', 'Successfully saved', '保存しました 10:42:01', '予定を保存しました。', '保存されました', '保存済み', '保存が完了しました']) {
      expect(saveWord(text), text).toBe('saved');
    }
  });

  it('failed: an error, a negated "saved"', () => {
    for (const text of ['Not saved', "Couldn't be saved", 'The event was not saved.', 'Unsaved changes', 'Could not save the event.', 'Save failed', 'Error: the room is booked', 'Unable to save', '保存できませんでした', '予定を保存できません', '保存に失敗しました', '保存されていません', '未保存', 'エラーが発生しました']) {
      expect(saveWord(text), text).toBe('failed');
    }
  });

  it('unread: a save and a failure in one message, "Saving…", words we cannot read; nothing: empty, a draft autosaved', () => {
    expect(saveWord('Saved, but the invitation could not be sent')).toBe('unread');
    expect(saveWord('Saving…')).toBe('unread');
    expect(saveWord('保存中…')).toBe('unread');
    expect(saveWord('Gespeichert')).toBe('unread');
    expect(saveWord('  ')).toBeNull();
    expect(saveWord('Draft saved 10:41')).toBeNull();
    expect(saveWord('下書きを保存しました')).toBeNull();
  });
});

describe('the verdict on a Save the editor stayed open after', () => {
  it('a save shown counts, whatever came before or after; an error is a refusal; nothing at all is a refusal too', () => {
    expect(saveVerdict({ ...NONE, saved: true, failed: true, unread: true })).toBe('saved');
    expect(saveVerdict({ ...NONE, failed: true })).toBe('refused');
    expect(saveVerdict({ ...NONE, failed: true, unread: true })).toBe('refused');
    expect(saveVerdict(NONE)).toBe('refused');
  });

  it("what cannot be taken either way is unclear: never a refusal that would offer to delete a saved event's meeting", () => {
    expect(saveVerdict({ ...NONE, unread: true })).toBe('unclear');
    expect(saveVerdict({ ...NONE, mixed: true, failed: true })).toBe('unclear');
  });
});

describe('what the page shows after Save, followed', () => {
  let stop: (() => void) | undefined;
  afterEach(() => {
    stop?.();
    document.body.innerHTML = '';
  });

  function editor(html = ''): HTMLElement {
    document.body.innerHTML = `<div role="dialog"><input aria-label="Subject" value="Budget"><div class="msg">${html}</div><button>Save</button></div>`;
    return document.querySelector('[role="dialog"]')!;
  }
  const watch = (el: Element) => {
    const w = watchSaveShown(el);
    stop = w.stop;
    return w;
  };
  const flush = () => new Promise((r) => setTimeout(r, 0));

  it('a status saying saved appears in the editor: saved, even once it is gone again', async () => {
    const el = editor();
    const w = watch(el);
    el.querySelector('.msg')!.innerHTML = '<div role="status">Saved 10:42</div>';
    await flush();
    el.querySelector('.msg')!.innerHTML = '';
    expect(saveVerdict(w.evidence())).toBe('saved');
  });

  it('a status already there at the press counts only once its text changes; a stale "Saved" is not this save', () => {
    const el = editor('<div role="status">Saved 10:41</div>');
    const w = watch(el);
    expect(saveVerdict(w.evidence())).toBe('refused');
    el.querySelector('[role="status"]')!.textContent = 'Saved 10:42';
    expect(saveVerdict(w.evidence())).toBe('saved');
  });

  it('an alert, or a field marked invalid, in the editor: refused; a hidden, empty alert is nothing', () => {
    const el = editor('<div role="alert" hidden></div>');
    const w = watch(el);
    expect(w.evidence()).toEqual(NONE);
    el.querySelector('[role="alert"]')!.removeAttribute('hidden');
    el.querySelector('[role="alert"]')!.textContent = 'Enter a subject.';
    expect(saveVerdict(w.evidence())).toBe('refused');
    const other = editor();
    const v = watch(other);
    other.querySelector('input')!.setAttribute('aria-invalid', 'true');
    expect(saveVerdict(v.evidence())).toBe('refused');
  });

  it('refused, then fixed and saved again with a status: saved', () => {
    const el = editor('<div role="alert">The end must be after the start.</div>');
    const w = watch(el);
    expect(saveVerdict(w.evidence())).toBe('refused');
    el.querySelector('.msg')!.innerHTML = '';
    w.pressed();
    el.querySelector('.msg')!.innerHTML = '<p role="status">Saved</p>';
    expect(saveVerdict(w.evidence())).toBe('saved');
  });

  it('"Saved" beside an alert: unclear; "Saving…" that never ends: unclear', () => {
    const el = editor('<div role="alert">Could not reach the server.</div>');
    const w = watch(el);
    el.querySelector('.msg')!.insertAdjacentHTML('beforeend', '<div aria-live="polite">Saved</div>');
    expect(saveVerdict(w.evidence())).toBe('unclear');
    const busy = editor();
    const v = watch(busy);
    busy.querySelector('.msg')!.innerHTML = '<output>Saving…</output>';
    expect(saveVerdict(v.evidence())).toBe('unclear');
  });

  it("the page's own toast outside the editor counts when it says saved or failed (not other news of the page)", async () => {
    const el = editor();
    const w = watch(el);
    document.body.insertAdjacentHTML('beforeend', '<div id="toasts"><div role="status">3 events loaded</div></div>');
    await flush();
    expect(saveVerdict(w.evidence())).toBe('refused');
    document.getElementById('toasts')!.insertAdjacentHTML('beforeend', '<div role="status">Event saved</div>');
    await flush();
    expect(saveVerdict(w.evidence())).toBe('saved');
  });
});
