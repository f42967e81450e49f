import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createActions } from '../../utils/content/actions';
import { bindDialog } from '../../utils/content/mount-dialog';
import { mountControl } from '../../utils/content/mount-control';
import { send } from '../../utils/send';
import { CONTROL_TAG, DIALOG_TAG, isOurHost, TOAST_TAG } from '../../utils/content/shadow-host';
import { createStore } from '../../utils/content/store';
import { createToaster } from '../../utils/content/toast';
import { translator, uiLanguage } from '../../utils/i18n/translate';
import { confirmationAnswer, editorAction } from '../../utils/ontime/buttons';
import type { Editor } from '../../utils/ontime/editor';
import { observeEditors } from '../../utils/ontime/observe';

// Registered at run time (scripting.registerContentScripts) for the OnTime addresses an admin
// configured and granted; see utils/background/content-scripts.ts.
export default defineContentScript({
  registration: 'runtime',
  async main(ctx) {
    const instance = crypto.randomUUID();
    // An earlier copy of this script (extension updated or re-injected) leaves dead UI behind.
    for (const stale of document.querySelectorAll(`${CONTROL_TAG}, ${DIALOG_TAG}, ${TOAST_TAG}`)) stale.remove();

    const lang = uiLanguage(document.documentElement.lang) ?? uiLanguage(browser.i18n.getUILanguage()) ?? 'en';
    // A frame or page the background does not count as OnTime gets no UI.
    const hello = await send('hello', { lang }).catch(() => null);
    if (!hello) return;
    const t = translator(hello.messages);
    const locale = hello.lang;

    const store = createStore();
    let current: Editor | null = null;
    let lastEditor: Element | null = null;
    // Read again if the page replaced the fields since we last looked (e.g. while it churned).
    const currentEditor = () => (current?.container.isConnected ? editors.current(current.container) : null);
    const actions = createActions({
      store,
      t,
      locale,
      currentEditor,
      joinHosts: hello.joinHosts,
      linkTarget: hello.linkTarget,
      send,
      toast: createToaster(document, instance, t('page_dismiss')),
    });
    const deps = { store, actions, t, locale, instance };
    bindDialog(document, deps);

    const editors = observeEditors(
      document,
      hello.overrides,
      {
        onEditor: (editor) => {
          const placed = mountControl(editor, deps);
          // An editor seen again unchanged, its control in place, does not take over from the one in use.
          if (placed || !current?.container.isConnected || editor.container === current.container) {
            current = editor;
            lastEditor = editor.container;
          }
          if (placed) actions.syncFromFields(editor);
        },
        onShown: (editor) => actions.syncFromFields(editor),
        ignore: isOurHost,
      },
      ctx.signal,
    );

    // OnTime's own Save / Delete / Cancel, seen in the capture phase before the page acts on them.
    const onPageAction = (event: Event) => {
      const editor = currentEditor();
      if (editor) {
        const action = event.type === 'submit' ? (editor.container.contains(event.target as Node) ? 'save' : null) : editorAction(event.target, editor.container);
        if (action) return actions.editorAction(action, editor);
      }
      if (event.type === 'click' && actions.armed() && lastEditor) {
        const answer = confirmationAnswer(event.target, lastEditor);
        if (answer) actions.deleteConfirmation(answer);
      }
    };
    document.addEventListener('click', onPageAction, { capture: true, signal: ctx.signal });
    document.addEventListener('submit', onPageAction, { capture: true, signal: ctx.signal });
  },
});
