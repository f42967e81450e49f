export interface ToastProps {
  text: string;
  tone: 'info' | 'error';
  dismissLabel: string;
  onDismiss(): void;
}

/**
 * A short message on the page after the editor has closed (update or delete at Zoom). It has no
 * live role of its own: a region created together with its text is often missed, so its text is
 * said through the page's one live region (mount-live-region.ts) instead.
 */
export function Toast({ text, tone, dismissLabel, onDismiss }: ToastProps) {
  return (
    <div class={`toast ${tone}`}>
      <span>{text}</span>
      <button type="button" onClick={onDismiss}>
        {dismissLabel}
      </button>
    </div>
  );
}
