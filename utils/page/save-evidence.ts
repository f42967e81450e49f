/**
 * Save pressed, and the editor stays open: did the page take the save? Some pages keep the editor
 * after a good Save and only say so ("Saved", 保存しました) in a status line; a refused Save keeps
 * it too, with an error (an alert, a field marked invalid). What the page shows after the press is
 * read by meaning, here: the words of its messages, the roles it gives them, invalid fields.
 */

/** What one message says about a Save; null: nothing about it (empty, a draft autosaved). */
export type SaveWord = 'saved' | 'failed' | 'unread';

// "not saved", "couldn't be saved", "wasn't saved", "unsaved": a negated "saved" is a failure.
const NOT_SAVED = /(?:\b(?:not|never|cannot|couldnt|wasnt|cant|wont)|n['’]t)\s+(?:(?:been|be)\s+)?saved\b|\bunsaved\b|保存(?:でき|されてい|されま?せん|に失敗)|未保存/i;
const SAVED = /\bsaved\b|\bsave(?:d)?\s+success|\bsuccessfully\s+saved\b|保存しました|保存されました|保存済み|保存完了|保存が完了/i;
const FAILED = /\b(?:error|errors|fail(?:ed|s|ure)?|unable|cannot|can['’]?t|couldn['’]?t|could\s+not)\b|エラー|失敗|できません/i;
// An autosaved draft says nothing about the event's Save.
const DRAFT = /\bdrafts?\b|下書き/i;

/**
 * Pure: what a message the page shows says about the Save. "Saved" with no failure in it is a
 * save; a failure (or a negated "saved") is a refusal; both in one message ("saved, but the
 * invitation could not be sent"), "Saving…", or words we cannot read are `unread`: the page
 * said something we cannot take either way.
 */
export function saveWord(text: string): SaveWord | null {
  const said = text.replace(/\s+/g, ' ').trim();
  if (!said || DRAFT.test(said)) return null;
  if (NOT_SAVED.test(said)) return 'failed';
  const saved = SAVED.test(said);
  const failed = FAILED.test(said);
  if (saved) return failed ? 'unread' : 'saved';
  return failed ? 'failed' : 'unread';
}

/**
 * What the page showed between the Save press and now. `saved`: a message saying so, with no error
 * beside it; `mixed`: a message saying saved with an error shown beside it; `failed`: an error (an
 * alert in the editor, a field marked invalid, a message saying it failed); `unread`: a new
 * message we cannot take either way ("Saving…" that never ended, words we cannot read).
 */
export interface SaveEvidence {
  saved: boolean;
  mixed: boolean;
  failed: boolean;
  unread: boolean;
}

/**
 * - `saved`: the event exists now, with our link (Save carried it): a later Cancel loses nothing.
 * - `refused`: an error, or nothing at all shown (a page that keeps its editor after Save and says
 *   nothing did not take it, as the browser's own "fill in this field" bubble): a later Cancel
 *   leaves the new meeting in no event.
 * - `unclear`: the page said something we cannot read as either: the meeting is kept and the user
 *   is told to check, never offered a Delete that could break a saved event.
 */
export type SaveVerdict = 'saved' | 'refused' | 'unclear';

/**
 * Pure: the verdict on the evidence. A save shown once counts, whatever follows (the event exists
 * then). A save shown beside an error cannot be taken either way, even after an earlier refusal.
 */
export function saveVerdict(evidence: SaveEvidence): SaveVerdict {
  if (evidence.saved) return 'saved';
  if (evidence.mixed) return 'unclear';
  if (evidence.failed) return 'refused';
  return evidence.unread ? 'unclear' : 'refused';
}

/** What counts as a message: status and alert roles, live regions, <output>. */
const MESSAGES = '[role="status"], [role="alert"], [aria-live="polite"], [aria-live="assertive"], output';
// A message outside the editor (a page toast) counts for this long after the press.
const PAGE_WINDOW_MS = 15_000;

const textOf = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
const hiddenByMarkup = (el: Element) => !!el.closest('[hidden]');
const isAlert = (el: Element) => el.getAttribute('role') === 'alert';

export interface SaveWatch {
  readonly editor: Element;
  /** What was shown since the (first) press, read again now. */
  evidence(): SaveEvidence;
  /** Save pressed again: the messages on screen now are the new baseline (evidence so far is kept). */
  pressed(): void;
  /** The page re-rendered the editor (the same event, new elements): followed there. */
  moveTo(editor: Element): SaveWatch;
  stop(): void;
}

/**
 * Follows what the page shows after a Save press, until stopped: the editor's messages (changes
 * only, no style or layout read), and for a while the page's own (a toast saying saved or failed).
 * A message already on screen at the press counts only once its text changes; an alert or an
 * invalid field counts while it is there.
 */
export function watchSaveShown(editor: Element, kept: SaveEvidence = { saved: false, mixed: false, failed: false, unread: false }): SaveWatch {
  const evidence: SaveEvidence = { ...kept };
  let before = new WeakMap<Element, string>();
  const baseline = () => {
    before = new WeakMap();
    for (const message of editor.querySelectorAll(MESSAGES)) before.set(message, textOf(message));
  };

  /** One reading of the editor: what its messages say now. */
  const readEditor = () => {
    let saved = false;
    let failed = !!editor.querySelector('[aria-invalid="true"]') || invalidField(editor);
    let unread = false;
    for (const message of editor.querySelectorAll(MESSAGES)) {
      if (hiddenByMarkup(message)) continue;
      const text = textOf(message);
      const word = saveWord(text);
      const changed = before.get(message) !== text;
      // An alert in the editor is an error while it shows, unless it says the event was saved.
      if (isAlert(message) && text && word !== 'saved') failed = true;
      if (!changed || !word) continue;
      if (word === 'saved') saved = true;
      else if (word === 'failed') failed = true;
      else unread = true;
    }
    take(saved, failed, unread);
  };

  const take = (saved: boolean, failed: boolean, unread: boolean) => {
    // A save and an error shown together: neither can be taken.
    if (saved && failed) evidence.mixed = true;
    else if (saved) evidence.saved = true;
    else if (failed) evidence.failed = true;
    if (unread) evidence.unread = true;
  };

  /** Messages outside the editor that the page added or changed: only a clear "saved" or "failed" counts. */
  const readPage = (records: MutationRecord[]) => {
    const seen = new Set<Element>();
    for (const record of records) {
      const target = record.target.nodeType === Node.ELEMENT_NODE ? (record.target as Element) : record.target.parentElement;
      if (!target || editor.contains(target)) continue;
      const around = target.closest(MESSAGES);
      if (around) seen.add(around);
      for (const node of record.addedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        const el = node as Element;
        if (el.matches(MESSAGES)) seen.add(el);
        else if (el.firstElementChild) for (const inner of el.querySelectorAll(MESSAGES)) seen.add(inner);
      }
    }
    for (const message of seen) {
      const word = hiddenByMarkup(message) ? null : saveWord(textOf(message));
      if (word === 'saved') take(true, false, false);
      else if (word === 'failed') take(false, true, false);
    }
  };

  // Once the page has shown the save, nothing after it changes the verdict: no more reading.
  const inEditor = new MutationObserver(() => {
    readEditor();
    if (evidence.saved) stop();
  });
  const inPage = new MutationObserver((records) => {
    readPage(records);
    if (evidence.saved) stop();
  });
  let pageTimer = 0;
  const observe = () => {
    inEditor.observe(editor, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['aria-invalid', 'hidden', 'role', 'aria-live'] });
    const body = editor.ownerDocument.body;
    if (!body) return;
    inPage.observe(body, { subtree: true, childList: true, characterData: true });
    clearTimeout(pageTimer);
    pageTimer = window.setTimeout(() => inPage.disconnect(), PAGE_WINDOW_MS);
  };
  const stop = () => {
    inEditor.disconnect();
    inPage.disconnect();
    clearTimeout(pageTimer);
  };

  baseline();
  observe();
  return {
    editor,
    evidence() {
      // What the observers have not been told yet (a change in this very task) is read too.
      const pageRecords = inPage.takeRecords();
      if (pageRecords.length) readPage(pageRecords);
      inEditor.takeRecords();
      readEditor();
      return { ...evidence };
    },
    pressed() {
      readEditor();
      baseline();
      observe();
    },
    moveTo(next) {
      if (next === editor) return this;
      stop();
      return watchSaveShown(next, evidence);
    },
    stop,
  };
}

/** A field the browser will not submit (a form that validates, the field's own rules broken). */
function invalidField(editor: Element): boolean {
  for (const field of editor.querySelectorAll<HTMLInputElement>('input, select, textarea')) {
    if (field.form && !field.form.noValidate && field.willValidate && !field.validity.valid) return true;
  }
  return false;
}
