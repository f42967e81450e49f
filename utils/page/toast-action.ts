/** A button on a page toast: the next step the user can take right there. */
export interface ToastAction {
  label: string;
  act(): void;
}

/** Shows a toast; with actions it stays until one is chosen (they include the way to keep things as they are). */
export type ShowToast = (text: string, tone?: 'info' | 'error', actions?: ToastAction[]) => void;
