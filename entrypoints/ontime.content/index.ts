import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createActions } from '../../utils/content/actions';
import { bindDialog } from '../../utils/content/mount-dialog';
import { mountControl } from '../../utils/content/mount-control';
import { send } from '../../utils/content/send';
import { CONTROL_TAG, DIALOG_TAG, isOurHost } from '../../utils/content/shadow-host';
import { createStore } from '../../utils/content/store';
import { translator, uiLanguage } from '../../utils/i18n/translate';
import type { Editor } from '../../utils/ontime/editor';
import { observeEditors, observeShown } from '../../utils/ontime/observe';

// Registered at run time (scripting.registerContentScripts) for the OnTime addresses an admin
// configured and granted; see utils/background/content-scripts.ts.
export default defineContentScript({
  registration: 'runtime',
  async main(ctx) {
    const instance = crypto.randomUUID();
    // An earlier copy of this script (extension updated or re-injected) leaves dead UI behind.
    for (const stale of document.querySelectorAll(`${CONTROL_TAG}, ${DIALOG_TAG}`)) stale.remove();

    const lang = uiLanguage(document.documentElement.lang) ?? uiLanguage(browser.i18n.getUILanguage()) ?? 'en';
    const hello = await send('hello', { lang });
    const t = translator(hello.messages);
    const locale = hello.lang;

    const store = createStore();
    let current: Editor | null = null;
    const actions = createActions({
      store,
      t,
      locale,
      currentEditor: () => (current?.container.isConnected ? current : null),
      joinHosts: hello.joinHosts,
      send,
    });
    const deps = { store, actions, t, locale, instance };
    bindDialog(document, deps);

    const shown = new WeakSet<Element>();
    observeEditors(
      document,
      hello.overrides,
      (editor) => {
        current = editor;
        if (mountControl(editor, deps)) actions.syncFromFields(editor);
        if (!shown.has(editor.container)) {
          shown.add(editor.container);
          observeShown(editor.container, () => actions.syncFromFields(editor), ctx.signal);
        }
      },
      isOurHost,
      ctx.signal,
    );
  },
});
