/** Styles for the UI inside our shadow roots; the page's CSS cannot reach them. */
export const CONTROL_CSS = `
:host { all: initial; display: inline-block; vertical-align: middle; margin: 4px 0 4px 8px;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Noto Sans CJK JP", Meiryo, sans-serif; color: #1f2937; }
.zoom { display: inline-flex; align-items: center; gap: 8px; flex-wrap: wrap; }
button, a.btn { font: inherit; cursor: pointer; border-radius: 6px; padding: 5px 12px; border: 1px solid transparent;
  display: inline-flex; align-items: center; gap: 6px; text-decoration: none; line-height: 1.4; }
.primary { background: #0b5cff; color: #fff; }
.primary:hover { background: #0a4fd8; }
.primary[aria-busy="true"] { background: #6b93f0; cursor: progress; }
.ghost { background: #fff; color: #0b5cff; border-color: #c7d5f5; }
.ghost:hover { background: #f0f5ff; }
.danger { background: #fff; color: #b42318; border-color: #f3c5c0; }
.danger:hover { background: #fef3f2; }
button:focus-visible, a.btn:focus-visible { outline: 2px solid #0b5cff; outline-offset: 2px; }
.status { display: inline-flex; align-items: center; gap: 6px; padding: 4px 10px; background: #eef4ff; border-radius: 6px; color: #0b3aa8; font-weight: 600; }
.notice { flex-basis: 100%; margin-top: 4px; padding: 6px 10px; border-radius: 6px; background: #fff7e6; color: #7a4b00; border: 1px solid #f5d08a; max-width: 520px; overflow-wrap: anywhere; }
.notice.error { background: #fef3f2; color: #912018; border-color: #f3c5c0; }
.spinner { width: 12px; height: 12px; border: 2px solid rgba(255,255,255,.5); border-top-color: #fff; border-radius: 50%; animation: spin .8s linear infinite; }
@keyframes spin { to { transform: rotate(360deg); } }
svg { width: 16px; height: 16px; flex: none; }
`;

export const DIALOG_CSS = `
:host { all: initial; }
.backdrop { position: fixed; inset: 0; z-index: 2147483646; background: rgba(17, 24, 39, .45); display: flex; align-items: center; justify-content: center;
  font: 14px/1.5 system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Noto Sans CJK JP", Meiryo, sans-serif; color: #1f2937; }
.dialog { background: #fff; width: min(480px, calc(100vw - 32px)); max-height: calc(100vh - 32px); overflow: auto; border-radius: 12px;
  box-shadow: 0 20px 50px rgba(0,0,0,.25); }
header { display: flex; align-items: center; gap: 10px; padding: 16px 20px; border-bottom: 1px solid #e5e7eb; }
header h2 { margin: 0; font-size: 17px; font-weight: 600; }
.logo { width: 28px; height: 28px; border-radius: 8px; background: #0b5cff; color: #fff; display: flex; align-items: center; justify-content: center; }
.logo svg { width: 18px; height: 18px; }
.body { padding: 16px 20px; display: grid; gap: 12px; }
label.field { display: grid; gap: 4px; font-weight: 600; font-size: 13px; }
input[type=text] { font: inherit; font-weight: 400; padding: 7px 10px; border: 1px solid #d1d5db; border-radius: 6px; }
input[type=text]:focus, select:focus { outline: 2px solid #0b5cff; outline-offset: 0; border-color: #0b5cff; }
input[aria-invalid=true] { border-color: #d92d20; }
.hint { font-weight: 400; color: #6b7280; font-size: 12px; }
.error { font-weight: 400; color: #b42318; font-size: 12px; }
.warning { margin: 0; padding: 8px 12px; border-radius: 8px; background: #fff7e6; color: #7a4b00; border: 1px solid #f5d08a; }
.when { background: #f3f4f6; border-radius: 8px; padding: 8px 12px; }
fieldset { border: 1px solid #e5e7eb; border-radius: 8px; padding: 8px 12px; margin: 0; display: grid; gap: 6px; }
legend { font-weight: 600; font-size: 13px; padding: 0 4px; }
.check { display: flex; align-items: center; gap: 8px; font-weight: 400; }
select { font: inherit; padding: 5px 8px; border: 1px solid #d1d5db; border-radius: 6px; }
footer { display: flex; justify-content: flex-end; gap: 8px; padding: 12px 20px 16px; }
button { font: inherit; cursor: pointer; border-radius: 6px; padding: 7px 16px; border: 1px solid #d1d5db; background: #fff; }
button.primary { background: #0b5cff; color: #fff; border-color: #0b5cff; }
button:focus-visible { outline: 2px solid #0b5cff; outline-offset: 2px; }
`;

export const TOAST_CSS = `
:host { all: initial; position: fixed; right: 24px; bottom: 24px; z-index: 2147483647;
  font: 14px/1.5 system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Noto Sans CJK JP", Meiryo, sans-serif; }
.toast { display: flex; gap: 12px; align-items: flex-start; max-width: 420px; padding: 12px 14px; border-radius: 10px;
  box-shadow: 0 10px 30px rgba(0,0,0,.2); background: #fff; color: #1f2937; border-left: 4px solid #0b5cff; }
.toast.error { border-left-color: #d92d20; }
button { font: inherit; cursor: pointer; border: 0; background: none; color: #0b5cff; padding: 0 2px; }
`;
