// Generated classes for the meeting editor and its pop-ups.
import { css } from './css.js';

export const S = {
  overlay: css`& { position: fixed; inset: 0; z-index: 1000; display: grid; place-items: center; padding: 24px;
    background: rgba(14, 30, 52, .45); animation: ot-fade .12s ease-out; }
    @keyframes ot-fade { from { opacity: 0; } }`,
  dialog: css`& { position: relative; display: flex; flex-direction: column; width: min(760px, 100%); max-height: calc(100vh - 48px);
    background: #fff; border-radius: 10px; box-shadow: 0 24px 64px rgba(8, 24, 48, .35), 0 2px 8px rgba(8, 24, 48, .2);
    animation: ot-pop .14s ease-out; }
    @keyframes ot-pop { from { transform: translateY(8px) scale(.985); opacity: .6; } }`,
  header: css`& { display: flex; align-items: center; gap: 12px; padding: 14px 14px 14px 24px; border-bottom: 1px solid var(--line); }
    & h2 { flex: 1; margin: 0; font-size: 18px; font-weight: 600; }`,
  headIcon: css`& { display: inline-grid; place-items: center; width: 32px; height: 32px; border-radius: 8px;
    background: var(--brand-soft); color: var(--brand); }`,
  x: css`& { display: inline-grid; place-items: center; width: 34px; height: 34px; border: 0; border-radius: 50%;
    background: transparent; color: var(--ink-2); } &:hover { background: var(--line-2); }`,
  form: css`& { display: flex; flex-direction: column; min-height: 0; flex: 1; }`,
  body: css`& { overflow: auto; padding: 18px 24px 8px; }`,
  row: css`& { display: grid; grid-template-columns: 128px minmax(0, 1fr); align-items: center; column-gap: 14px; margin-bottom: 12px; }
    & > :nth-child(n+3) { grid-column: 2; }
    & > :first-child { display: flex; align-items: center; gap: 8px; color: var(--ink-2); font-weight: 500; }
    & > :first-child svg { color: var(--muted); flex: none; }`,
  top: css`& { align-items: start; } & > :first-child { padding-top: 8px; }`,
  // Label stays beside the first line when the row grows (wrapping, or elements added to it).
  topLine: css`& { align-items: start; } & > :first-child { min-height: 36px; }`,
  line: css`& { display: flex; align-items: center; gap: 8px; flex-wrap: wrap; }`,
  input: css`& { height: 34px; padding: 0 10px; border: 1px solid #cbd3dd; border-radius: 6px; background: #fff; min-width: 0; }
    &:hover { border-color: #aeb9c6; }
    &:focus { outline: none; border-color: var(--brand); box-shadow: var(--focus); }
    &[aria-invalid="true"] { border-color: var(--danger); }
    &::placeholder { color: #9aa5b3; }`,
  wide: css`& { width: 100%; }`,
  subject: css`& { font-size: 15px; font-weight: 500; height: 38px; }`,
  date: css`& { width: 152px; font-variant-numeric: tabular-nums; }`,
  time: css`& { width: 118px; font-variant-numeric: tabular-nums; }`,
  dash: css`& { color: var(--muted); }`,
  zone: css`& { display: flex; align-items: center; gap: 6px; margin-top: -4px; font-size: 12px; color: var(--muted); }`,
  textarea: css`& { width: 100%; min-height: 110px; padding: 8px 10px; border: 1px solid #cbd3dd; border-radius: 6px; resize: vertical; line-height: 1.5; }
    &:hover { border-color: #aeb9c6; }
    &:focus { outline: none; border-color: var(--brand); box-shadow: var(--focus); }`,
  chair: css`& { display: flex; align-items: center; gap: 8px; min-height: 30px; }`,
  sep: css`& { height: 1px; margin: 4px 0 14px 142px; background: var(--line-2); }`,
  // Online meeting row: wraps, so anything appended later flows onto the same or next line.
  online: css`& { position: relative; display: flex; align-items: center; flex-wrap: wrap; gap: 8px; min-height: 36px; }`,
  create: css`& { display: inline-flex; align-items: center; gap: 7px; height: 34px; padding: 0 10px 0 12px;
    border: 1px solid #cbd3dd; border-radius: 6px; background: #fff; font-weight: 500; }
    &:hover { background: var(--panel); } &[aria-expanded="true"] { background: var(--brand-soft); border-color: var(--brand); }`,
  muted: css`& { color: var(--muted); font-size: 12px; }`,
  menu: css`& { position: absolute; left: 0; top: calc(100% + 4px); z-index: 5; min-width: 240px; padding: 6px; margin: 0;
    list-style: none; background: #fff; border: 1px solid var(--line); border-radius: 8px; box-shadow: 0 10px 28px rgba(8,24,48,.2); }
    & li { display: flex; align-items: center; gap: 10px; padding: 8px 10px; border-radius: 6px; cursor: pointer; outline: none; }
    & li:hover, & li:focus { background: var(--brand-soft); }`,
  spinner: css`& { width: 16px; height: 16px; border: 2px solid #c9d6e6; border-top-color: var(--brand); border-radius: 50%;
    animation: ot-spin .8s linear infinite; flex: none; }
    @keyframes ot-spin { to { transform: rotate(360deg); } }`,
  card: css`& { display: flex; align-items: center; gap: 10px; min-width: 0; max-width: 100%; padding: 6px 8px 6px 8px;
    border: 1px solid var(--line); border-radius: 8px; background: #fafbfd; }
    & div { min-width: 0; } & strong { display: block; font-weight: 600; line-height: 1.3; }
    & a { display: block; max-width: 360px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; color: var(--brand); font-size: 12px; }`,
  link: css`& { border: 0; background: transparent; color: var(--danger); padding: 4px 6px; border-radius: 4px; font-size: 12px; }
    &:hover { background: #fdecea; }`,
  chips: css`& { position: relative; display: flex; flex-wrap: wrap; align-items: center; gap: 6px; min-height: 34px; padding: 3px 6px;
    border: 1px solid #cbd3dd; border-radius: 6px; background: #fff; cursor: text; }
    &:focus-within { border-color: var(--brand); box-shadow: var(--focus); }
    & > input { flex: 1; min-width: 180px; height: 26px; border: 0; outline: none; padding: 0 4px; background: transparent; }
    & > input::placeholder { color: #9aa5b3; }
    & > input:focus-visible { box-shadow: none; }`,
  chip: css`& { display: inline-flex; align-items: center; gap: 6px; height: 26px; padding: 0 4px 0 3px; border-radius: 13px;
    background: #e9eff6; color: var(--ink); font-size: 12px; white-space: nowrap; }
    & button { display: inline-grid; place-items: center; width: 18px; height: 18px; border: 0; border-radius: 50%;
    background: transparent; color: var(--ink-2); padding: 0; } & button:hover { background: #cfd9e6; }`,
  suggest: css`& { position: absolute; left: -1px; right: -1px; top: calc(100% + 4px); z-index: 5; margin: 0; padding: 4px; list-style: none;
    background: #fff; border: 1px solid var(--line); border-radius: 8px; box-shadow: 0 10px 28px rgba(8,24,48,.18); }
    & li { display: flex; align-items: center; gap: 10px; padding: 6px 8px; border-radius: 6px; cursor: pointer; }
    & li[aria-selected="true"], & li:hover { background: var(--brand-soft); }
    & small { color: var(--muted); }`,
  alert: css`& { margin: 0 24px 10px; padding: 8px 12px; border-radius: 6px; background: #fdecea; color: #8c1d14; border: 1px solid #f5c2bd; }`,
  footer: css`& { display: flex; align-items: center; gap: 10px; padding: 12px 20px; border-top: 1px solid var(--line);
    background: #fafbfc; border-radius: 0 0 10px 10px; }`,
  grow: css`& { flex: 1; }`,
  primary: css`& { display: inline-flex; align-items: center; gap: 8px; height: 34px; padding: 0 20px; border: 0; border-radius: 6px;
    background: var(--brand); color: #fff; font-weight: 600; min-width: 96px; justify-content: center; }
    &:hover { background: var(--brand-strong); } &:disabled { opacity: .6; cursor: default; }`,
  secondary: css`& { height: 34px; padding: 0 18px; border: 1px solid #cbd3dd; border-radius: 6px; background: #fff; font-weight: 500; min-width: 96px; }
    &:hover { background: var(--panel); } &:disabled { opacity: .6; cursor: default; }`,
  danger: css`& { display: inline-flex; align-items: center; gap: 6px; height: 34px; padding: 0 14px; border: 1px solid transparent;
    border-radius: 6px; background: transparent; color: var(--danger); font-weight: 500; }
    &:hover { background: #fdecea; border-color: #f5c2bd; } &:disabled { opacity: .6; cursor: default; }`,
  // In-page confirmation (role=alertdialog)
  confirmOverlay: css`& { position: fixed; inset: 0; z-index: 1100; display: grid; place-items: center; background: rgba(14, 30, 52, .35); }`,
  confirm: css`& { width: min(420px, calc(100% - 32px)); padding: 20px 22px 16px; background: #fff; border-radius: 10px;
    box-shadow: 0 24px 64px rgba(8, 24, 48, .4); }
    & h2 { margin: 0 0 8px; font-size: 16px; font-weight: 600; } & p { margin: 0 0 18px; color: var(--ink-2); }
    & footer { display: flex; justify-content: flex-end; gap: 8px; }`,
  dangerSolid: css`& { height: 34px; padding: 0 18px; border: 0; border-radius: 6px; background: var(--danger); color: #fff; font-weight: 600; min-width: 88px; }
    &:hover { background: #a92b22; }`,
  toast: css`& { position: fixed; left: 50%; bottom: 24px; z-index: 1200; transform: translateX(-50%); padding: 10px 18px;
    border-radius: 8px; background: #1d2733; color: #fff; box-shadow: 0 8px 24px rgba(0,0,0,.25); font-weight: 500; }`,
  srOnly: css`& { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }`,
};
