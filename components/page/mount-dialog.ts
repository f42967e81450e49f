import { h, render } from 'preact';
import { MeetingDialog } from '@/components/page/MeetingDialog';
import { DIALOG_CSS } from '@/components/page/content-styles';
import { sendVerb } from '@/utils/shared/send-verb';
import { swallowSecondClick } from '@/components/page/swallow-second-click';
import { guardEscape } from '@/components/page/escape-guard';
import { DIALOG_TAG, createShadowHost } from '@/components/page/shadow-host';
import type { DialogDeps } from '@/utils/page/part';
import { dialogMustBeModal, dialogParent, showInTopLayer } from '@/components/page/top-layer';
import { shieldFocus } from '@/components/page/focus-shield';

/**
 * Shows the settings dialog while the store is in the dialog phase, as our own native <dialog>
 * inside our shadow root, on <body> (inside the page's open popover, if its editor is one: see
 * top-layer.ts). Above a page's modal <dialog> it is opened with showModal(); otherwise our host is
 * a manual popover (the top layer too, and a full-screen backdrop that takes the clicks) and the
 * dialog says it is modal (aria-modal): showModal() would make the page inert, which restyles
 * every element of it, and a large page pays that twice per dialog (top-layer.ts).
 *
 * Why this way: only the top layer is above the top layer. When OnTime's editor is itself a modal
 * <dialog>, everything outside it is inert and painted under it, whatever our z-index. Our own
 * modal dialog goes on top of it and makes the page (editor included) inert in turn: a page focus
 * trap cannot pull focus back (focus() on an inert element does nothing), Escape is a close
 * request for the topmost modal (ours, never the editor), and no transform, overflow or z-index
 * of the page applies to it. The other way, placing our dialog inside the page's open dialog, was
 * measured in Chromium: a transform on that dialog clips our full-screen layer to its box (OK was
 * covered), Escape closed the page's editor under us, and it would have to follow every re-render
 * of the page's dialog. As a popover, the page is not inert: its focus trap is kept from seeing focus
 * come into ours (focus-shield.ts), Escape is ours at the window (escape-guard.ts), and Tab cycles
 * inside (MeetingDialog).
 */
export function bindDialog(doc: Document, deps: DialogDeps): void {
  let mounted: { host: HTMLElement; dialog: HTMLDialogElement; before: Element | null; stop: () => void } | null = null;
  deps.store.subscribe((state) => {
    if (state.phase !== 'dialog') {
      if (mounted) {
        const { host, dialog, before, stop } = mounted;
        mounted = null;
        stop();
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
    const modal = dialogMustBeModal(doc);
    const stopGuard = guardEscape(doc, host, () => (deps.actions.cancelDialog(), true));
    const stopShield = modal ? null : shieldFocus(doc, host);
    // The control that was clicked (document.activeElement is its host, seen from the page).
    mounted = { host, dialog, before: doc.activeElement, stop: () => (stopGuard(), stopShield?.()) };
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
    if (modal) {
      dialogParent(doc).append(host);
      showModal(dialog);
    } else {
      // Open in place, without the focusing steps of show(): they would restyle a dirty page at once.
      // MeetingDialog moves focus in after the first frame.
      dialog.setAttribute('aria-modal', 'true');
      dialog.setAttribute('open', '');
      // A press on the backdrop (the host itself) leaves focus in the dialog, not on the page's <body>.
      host.addEventListener('mousedown', (event) => event.composedPath()[0] === host && event.preventDefault());
      showInTopLayer(host, dialogParent(doc));
    }
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
