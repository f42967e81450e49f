// Styles for the UI inside our shadow roots; the page's CSS cannot reach them. Imported
// `?inline`, so the build minifies them into the bundle as strings.
export { default as CONTROL_CSS } from '@/components/page/styles/control.css?inline';
export { default as DIALOG_CSS } from '@/components/page/styles/dialog.css?inline';
export { default as TOAST_CSS } from '@/components/page/styles/toast.css?inline';
export { default as LIVE_CSS } from '@/components/page/styles/live.css?inline';
