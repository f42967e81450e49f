import { defineContentScript } from 'wxt/utils/define-content-script';
import { createActions } from '@/utils/page/actions';
import { mountControl } from '@/components/page/mount-control';
import { sendVerb } from '@/utils/shared/send-verb';
import { isOurHost, staleHosts } from '@/components/page/shadow-host';
import { createControlStore, shownLink } from '@/utils/page/control-state';
import { createToaster } from '@/components/page/mount-toast';
import { translator, uiLanguage } from '@/utils/shared/translate';
import { createAnnouncer } from '@/components/page/mount-live-region';
import { announcementFor } from '@/utils/page/announcements';
import { followEditorButtons } from '@/utils/page/follow-editor-buttons';
import { candidateContainers, readEditor, type Editor } from '@/utils/page/ontime/editor';
import { isShown, watchEditorClosed } from '@/utils/page/editor-closed';
import { observeEditors } from '@/utils/page/ontime/observe';
import { watchEventSwitch } from '@/utils/page/event-switch';
import { listenForPageCheck } from '@/utils/page/page-check-listener';
import { createWarmUp } from '@/utils/page/worker-warm-up';
import { createPartLoader } from '@/utils/page/part-loader';
import { forgetPart, loadedPart, type PagePart } from '@/utils/page/part';
import { returnFocus } from '@/components/page/focus-return';
import { scriptLifetime } from '@/utils/page/script-lifetime';
import { browser } from 'wxt/browser';

// Registered at run time (scripting.registerContentScripts) for the OnTime addresses an admin
// configured and granted; see utils/worker/registration/content-scripts.ts.
export default defineContentScript({
  registration: 'runtime',
  async main(ctx) {
    const signal = scriptLifetime(ctx.signal, () => !!browser.runtime?.id);
    const instance = crypto.randomUUID();
    // An earlier copy of this script (extension updated or re-injected) leaves dead UI behind.
    for (const stale of staleHosts(document)) stale.remove();
    forgetPart();

    // The worker picks the language (resolveLanguage): the page's own, else the one last worked in.
    // A frame or page the background does not count as OnTime gets no UI.
    const hello = await sendVerb('hello', { lang: uiLanguage(document.documentElement.lang) }).catch(() => null);
    if (!hello) return;
    const t = translator(hello.messages);
    const locale = hello.lang;

    const store = createControlStore();
    // Made now, empty, long before anything is said in it.
    const announcer = createAnnouncer(document, instance);
    let shown = store.get();
    store.subscribe((next) => {
      const announcement = announcementFor(shown, next, t, locale);
      shown = next;
      if (announcement) announcer.say(announcement);
    });
    const toaster = createToaster(document, instance, t('page_dismiss'));
    let current: Editor | null = null;
    // Read again if the page replaced the fields since we last looked (e.g. while it churned); the
    // editor just found, while the page is first looked through.
    let editors: ReturnType<typeof observeEditors> | null = null;
    const currentEditor = () => (current?.container.isConnected ? (editors ? editors.current(current.container) : current) : null);
    // The settings dialog and the page check come on demand (entrypoints/ontime-part.content).
    const part = createPartLoader<PagePart>({
      inject: () => sendVerb('loadPart', {}),
      loaded: loadedPart,
      onLoad: (loaded) => loaded.bindDialog(document, { ...deps, returnFocus }),
    });
    const actions = createActions({
      store,
      t,
      locale,
      currentEditor,
      joinHosts: hello.joinHosts,
      linkTarget: hello.linkTarget,
      sendVerb,
      loadPart: part.ensure,
      loadedPart: part.get,
      toast: (text, tone = 'info', choices) => {
        toaster(text, tone, choices);
        announcer.say({ text, urgency: tone === 'error' ? 'assertive' : 'polite' });
      },
    });
    const deps = { store, actions, t, locale, instance };
    const warmUp = createWarmUp(() => sendVerb('warmUp', {}), () => performance.now());

    // Every way out of the editor ends with the editor gone: then what was pressed on the way out counts.
    const closing = watchEditorClosed(
      {
        // Style is read only for a real editor: after a close there is usually none to read.
        stillOpen: () => candidateContainers(document.body, hello.overrides).some((c) => !!readEditor(c, hello.overrides) && isShown(c)),
        // The editor followed: still in the page when it was only hidden.
        onClosed: () => actions.editorClosed(current?.container ?? null),
      },
      signal,
    );

    // One editor refilled in place for another event (a side panel): only its fields tell. Its
    // listeners come before followEditorButtons': a Save is taken for the event the fields show.
    const switches = watchEventSwitch(
      document,
      {
        currentEditor,
        joinHosts: hello.joinHosts,
        knownLink: () => shownLink(store.get()),
        onSwitched: (editor) => actions.eventSwitched(editor),
        onChanged: (editor) => actions.fieldsChanged(editor),
      },
      signal,
    );
    // Our own state changed (a meeting written, removed, shown): the fields are looked at as they are now.
    store.subscribe(() => switches.look());

    editors = observeEditors(
      document,
      hello.overrides,
      {
        onEditor: (editor) => {
          const previous = current;
          const before = current?.container;
          const placed = mountControl(editor, deps);
          // An editor seen again unchanged, its control in place, does not take over from the one in use.
          if (placed || !current?.container.isConnected || editor.container === current.container) {
            current = editor;
            closing.follow(editor.container);
          }
          if (!placed) return;
          switches.look();
          warmUp(); // the click that may follow finds the worker running
          part.preload(); // and the dialog's code in place
          // Placed again in the same editor (a script took our control out): nothing pending changes.
          // Another editor: an earlier Delete no longer counts, unless it is the same event re-rendered.
          if (editor.container !== before) actions.editorReplaced(editor, previous);
          actions.syncFromFields(editor);
        },
        onShown: (editor) => {
          closing.follow(editor.container);
          // Shown again, maybe for another event (a panel refilled while hidden): before anything is reset.
          switches.look();
          actions.disarmDelete();
          actions.syncFromFields(editor);
        },
        ignore: isOurHost,
      },
      signal,
    );

    followEditorButtons(document, { currentEditor, actions }, signal);
    listenForPageCheck(document, { overrides: hello.overrides, isOurs: isOurHost, part: part.ensure }, signal);
  },
});
