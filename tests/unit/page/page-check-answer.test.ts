import { beforeEach, describe, expect, it } from 'vitest';
import { tabAnswer } from '@/utils/page/page-check-answer';

const self = { extensionId: 'ourid', extensionOrigin: 'chrome-extension://ourid/' };
const popup = { id: 'ourid', url: 'chrome-extension://ourid/popup.html' };
const deps = { overrides: {}, isOurs: () => false };
const EDITOR = '<div role="dialog"><label for="s">Subject</label><input id="s"><label for="a">Start</label><input id="a" type="date"></div>';

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('the content script answers the page check', () => {
  it('for our popup, at once when it holds an editor', () => {
    document.body.innerHTML = EDITOR;
    const reply = tabAnswer(document, { tabVerb: 'pageCheck', payload: {} }, popup, self, deps);
    expect(reply).toMatchObject({ when: 'now', answer: { editorOpen: true } });
  });

  it('from the top page a little later when there is no editor (a frame with one answers first)', () => {
    expect(tabAnswer(document, { tabVerb: 'pageCheck', payload: {} }, popup, self, deps)).toMatchObject({ when: 'later', answer: { editorOpen: false } });
  });

  it('never for the page, a content script, another extension or a malformed message', () => {
    document.body.innerHTML = EDITOR;
    const message = { tabVerb: 'pageCheck', payload: {} };
    expect(tabAnswer(document, message, { id: 'ourid', url: 'http://localhost/ontime/' }, self, deps)).toBeNull();
    expect(tabAnswer(document, message, { id: 'other', url: 'chrome-extension://other/popup.html' }, self, deps)).toBeNull();
    expect(tabAnswer(document, message, { url: 'chrome-extension://ourid/popup.html' }, self, deps)).toBeNull();
    expect(tabAnswer(document, { tabVerb: 'pageCheck', payload: { x: 1 } }, popup, self, deps)).toBeNull();
    expect(tabAnswer(document, { verb: 'createMeeting', payload: {} }, popup, self, deps)).toBeNull();
  });

  it('tries an override in the editor', () => {
    document.body.innerHTML = EDITOR;
    expect(tabAnswer(document, { tabVerb: 'tryOverride', payload: { key: 'subject', selector: '#s' } }, popup, self, deps)).toMatchObject({
      when: 'now',
      answer: { status: 'matches', count: 1, scope: 'editor', elements: [{ element: 'input#s', label: 'subject' }] },
    });
  });
});
