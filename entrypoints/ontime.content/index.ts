import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createActions } from '@/utils/page/actions';
import { bindDialog } from '@/components/page/mount-dialog';
import { mountControl } from '@/components/page/mount-control';
import { sendVerb } from '@/utils/shared/send-verb';
import { CONTROL_TAG, DIALOG_TAG, isOurHost, TOAST_TAG } from '@/components/page/shadow-host';
import { createControlStore } from '@/utils/page/control-state';
import { createToaster } from '@/components/page/mount-toast';
import { translator, uiLanguage } from '@/utils/shared/translate';
import { followEditorButtons } from '@/utils/page/follow-editor-buttons';
import type { Editor } from '@/utils/page/ontime/editor';
import { observeEditors } from '@/utils/page/ontime/observe';
import { createWarmUp } from '@/utils/page/worker-warm-up';

// Registered at run time (scripting.registerContentScripts) for the OnTime addresses an admin
// configured and granted; see utils/worker/registration/content-scripts.ts.
export default defineContentScript({
  registration: 'runtime',
  async main(ctx) {
    const instance = crypto.randomUUID();
    // An earlier copy of this script (extension updated or re-injected) leaves dead UI behind.
    for (const stale of document.querySelectorAll(`${CONTROL_TAG}, ${DIALOG_TAG}, ${TOAST_TAG}`)) stale.remove();

    const lang = uiLanguage(document.documentElement.lang) ?? uiLanguage(browser.i18n.getUILanguage()) ?? 'en';
    // A frame or page the background does not count as OnTime gets no UI.
    const hello = await sendVerb('hello', { lang }).catch(() => null);
    if (!hello) return;
    const t = translator(hello.messages);
    const locale = hello.lang;

    const store = createControlStore();
    let current: Editor | null = null;
    // Read again if the page replaced the fields since we last looked (e.g. while it churned).
    const currentEditor = () => (current?.container.isConnected ? editors.current(current.container) : null);
    const actions = createActions({
      store,
      t,
      locale,
      currentEditor,
      joinHosts: hello.joinHosts,
      linkTarget: hello.linkTarget,
      sendVerb,
      toast: createToaster(document, instance, t('page_dismiss')),
    });
    const deps = { store, actions, t, locale, instance };
    bindDialog(document, deps);
    const warmUp = createWarmUp(() => sendVerb('warmUp', {}), () => performance.now());

    const editors = observeEditors(
      document,
      hello.overrides,
      {
        onEditor: (editor) => {
          const placed = mountControl(editor, deps);
          // An editor seen again unchanged, its control in place, does not take over from the one in use.
          if (placed || !current?.container.isConnected || editor.container === current.container) {
            current = editor;
          }
          if (!placed) return;
          warmUp(); // the click that may follow finds the worker running
          actions.disarmDelete(); // another event opened: an earlier Delete no longer counts
          actions.syncFromFields(editor);
        },
        onShown: (editor) => {
          actions.disarmDelete();
          actions.syncFromFields(editor);
        },
        ignore: isOurHost,
      },
      ctx.signal,
    );

    followEditorButtons(document, { currentEditor, actions }, ctx.signal);
  },
});
