import { trusted } from '@/components/page/trusted';
import type { ToastAction } from '@/utils/page/toast-action';

export interface ToastProps {
  text: string;
  tone: 'info' | 'error';
  dismissLabel: string;
  onDismiss(): void;
  /** Next steps offered right there (e.g. Delete meeting / Keep); they replace Dismiss. */
  actions?: ToastAction[];
}

/**
 * A short message on the page after the editor has closed (update or delete at Zoom). It has no
 * live role of its own: a region created together with its text is often missed, so its text is
 * said through the page's one live region (mount-live-region.ts) instead.
 */
export function Toast({ text, tone, dismissLabel, onDismiss, actions }: ToastProps) {
  return (
    <div class={`toast ${tone}`}>
      <span>{text}</span>
      {actions?.length ? (
        <div class="actions">
          {actions.map((action) => (
            // Only the user's own click: a page script cannot delete or keep for them.
            <button type="button" key={action.label} onClick={trusted(() => {
              onDismiss();
              action.act();
            })}>
              {action.label}
            </button>
          ))}
        </div>
      ) : (
        <button type="button" onClick={onDismiss}>
          {dismissLabel}
        </button>
      )}
    </div>
  );
}
