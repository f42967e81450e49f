import { h, render } from 'preact';
import { MeetingDialog } from '@/components/page/MeetingDialog';
import { DIALOG_CSS } from '@/components/page/content-styles';
import type { Translate } from '@/utils/shared/translate';
import { sendVerb } from '@/utils/shared/send-verb';
import type { Actions } from '@/utils/page/actions';
import { DIALOG_TAG, createShadowHost } from '@/components/page/shadow-host';
import type { ControlStore } from '@/utils/page/control-state';

/**
 * Shows the settings dialog while the store is in the dialog phase. It lives on <body>, not in
 * OnTime's editor, so the editor's own transforms and overflow cannot clip it.
 */
export function bindDialog(doc: Document, deps: { store: ControlStore; actions: Actions; t: Translate; locale: string; instance: string }): void {
  let mounted: { host: HTMLElement; container: HTMLElement; returnFocus: Element | null } | null = null;
  deps.store.subscribe((state) => {
    if (state.phase !== 'dialog') {
      if (mounted) {
        render(null, mounted.container);
        mounted.host.remove();
        (mounted.returnFocus as HTMLElement | null)?.focus?.();
        mounted = null;
      }
      return;
    }
    if (mounted) return;
    const { host, root } = createShadowHost(doc, DIALOG_TAG, DIALOG_CSS, deps.instance);
    const container = root.appendChild(doc.createElement('div'));
    mounted = { host, container, returnFocus: doc.activeElement };
    doc.body.append(host);
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
      container,
    );
  });
}
