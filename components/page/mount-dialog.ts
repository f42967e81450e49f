import { h, render } from 'preact';
import { MeetingDialog } from '@/components/page/MeetingDialog';
import { DIALOG_CSS } from '@/components/page/content-styles';
import { sendVerb } from '@/utils/shared/send-verb';
import { swallowSecondClick } from '@/components/page/swallow-second-click';
import { guardEscape } from '@/components/page/escape-guard';
import { DIALOG_TAG, createShadowHost } from '@/components/page/shadow-host';
import type { DialogDeps } from '@/utils/page/part';
import { dialogParent } from '@/components/page/top-layer';

/**
 * Shows the settings dialog while the store is in the dialog phase, as our own native <dialog>
 * opened with showModal() inside our shadow root, on <body> (inside the page's open popover, if its
 * editor is one: see top-layer.ts).
 *
 * Why this way: only the top layer is above the top layer. When OnTime's editor is itself a modal
 * <dialog>, everything outside it is inert and painted under it, whatever our z-index. Our own
 * modal dialog goes on top of it and makes the page (editor included) inert in turn: a page focus
 * trap cannot pull focus back (focus() on an inert element does nothing), Escape is a close
 * request for the topmost modal (ours, never the editor), and no transform, overflow or z-index
 * of the page applies to it. The other way, placing our dialog inside the page's open dialog, was
 * measured in Chromium: a transform on that dialog clips our full-screen layer to its box (OK was
 * covered), Escape closed the page's editor under us, and it would have to follow every re-render
 * of the page's dialog.
 */
export function bindDialog(doc: Document, deps: DialogDeps): void {
  let mounted: { host: HTMLElement; dialog: HTMLDialogElement; before: Element | null; stopGuard: () => void } | null = null;
  deps.store.subscribe((state) => {
    if (state.phase !== 'dialog') {
      if (mounted) {
        const { host, dialog, before, stopGuard } = mounted;
        mounted = null;
        stopGuard();
        render(null, dialog);
        host.remove();
        if (state.phase === 'busy') swallowSecondClick(doc); // closed by OK, perhaps by a double-click
        // OK, Cancel, Escape or an error: focus goes to our control in its new state.
        deps.returnFocus(doc, host, before);
      }
      return;
    }
    if (mounted) return;
    const { host, root } = createShadowHost(doc, DIALOG_TAG, DIALOG_CSS, deps.instance);
    const dialog = root.appendChild(doc.createElement('dialog'));
    dialog.setAttribute('aria-labelledby', 'zoom-dialog-title');
    // A close request that is not our Escape (e.g. a second Escape during a page's own handling):
    // answer it as Cancel, through the store, so the draft and the state stay in step.
    dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      if (event.isTrusted) deps.actions.cancelDialog();
    });
    // The control that was clicked (document.activeElement is its host, seen from the page).
    mounted = { host, dialog, before: doc.activeElement, stopGuard: guardEscape(doc, host, () => (deps.actions.cancelDialog(), true)) };
    dialogParent(doc).append(host);
    render(
      h(MeetingDialog, {
        draft: state.draft,
        initial: state.options,
        uncertainSince: state.uncertainSince,
        unsavedSince: state.unsavedSince,
        capabilities: state.capabilities,
        searchContacts: async (query: string) => (await sendVerb('searchContacts', { query })).contacts,
        t: deps.t,
        locale: deps.locale,
        onConfirm: deps.actions.confirm,
        onCancel: deps.actions.cancelDialog,
      }),
      dialog,
    );
    showModal(dialog);
  });
}

/**
 * Escape in our dialog is ours. A page listening in the capture phase (focus-trap libraries close
 * their panel on Escape there) would see it before our dialog does and close OnTime's editor under
 * us. The window is the first stop of every event, before any listener on the page's document.
 */
function showModal(dialog: HTMLDialogElement): void {
  try {
    dialog.showModal();
  } catch {
    dialog.setAttribute('open', ''); // not in a document the browser can make modal: shown in place
  }
}
