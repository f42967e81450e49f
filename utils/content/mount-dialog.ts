import { h, render } from 'preact';
import { MeetingDialog } from '../../components/MeetingDialog';
import { DIALOG_CSS } from '../../components/content-styles';
import type { Translate } from '../i18n/translate';
import { send } from '../send';
import type { Actions } from './actions';
import { DIALOG_TAG, createShadowHost } from './shadow-host';
import type { Store } from './store';

/**
 * Shows the settings dialog while the store is in the dialog phase. It lives on <body>, not in
 * OnTime's editor, so the editor's own transforms and overflow cannot clip it.
 */
export function bindDialog(doc: Document, deps: { store: Store; actions: Actions; t: Translate; locale: string; instance: string }): void {
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
        capabilities: state.capabilities,
        searchContacts: async (query: string) => (await send('searchContacts', { query })).contacts,
        t: deps.t,
        locale: deps.locale,
        onConfirm: deps.actions.confirm,
        onCancel: deps.actions.cancelDialog,
      }),
      container,
    );
  });
}
