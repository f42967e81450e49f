export interface ToastProps {
  text: string;
  tone: 'info' | 'error';
  dismissLabel: string;
  onDismiss(): void;
}

/** A short message on the page after the editor has closed (update or delete at Zoom). */
export function Toast({ text, tone, dismissLabel, onDismiss }: ToastProps) {
  return (
    <div class={`toast ${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <span>{text}</span>
      <button type="button" onClick={onDismiss}>
        {dismissLabel}
      </button>
    </div>
  );
}
