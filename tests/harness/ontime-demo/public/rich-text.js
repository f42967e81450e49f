// ?variant=rich: the description is a rich-text editor, built the way calendar web apps build
// theirs (Google Calendar, Outlook on the web): a formatting toolbar over a contenteditable
// <div role="textbox" aria-multiline="true"> labelled by the row's label; Enter makes <div> lines;
// the model holds the HTML, cleaned by an allow-list both when it is read and when it is shown.
import { h } from './dom.js';
import { t } from './i18n.js';
import { css } from './css.js';

export const richBody = new URLSearchParams(location.search).get('variant') === 'rich';

const S = {
  box: css`& { border: 1px solid #cbd3dd; border-radius: 6px; width: 100%; background: #fff; }
    &:focus-within { border-color: #2563eb; box-shadow: 0 0 0 3px rgba(37,99,235,.15); }`,
  bar: css`& { display: flex; gap: 2px; padding: 3px 4px; border-bottom: 1px solid #e5e9ef; }
    & button { min-width: 28px; height: 26px; border: 0; border-radius: 4px; background: none; color: #334155; cursor: pointer; }
    & button:hover { background: #eef2f7; }`,
  text: css`& { min-height: 110px; max-height: 260px; overflow: auto; padding: 8px 10px; line-height: 1.5; outline: none; white-space: pre-wrap; overflow-wrap: anywhere; }
    & ul, & ol { margin: 0; padding-left: 22px; } & p { margin: 0; } & img { max-width: 100%; vertical-align: middle; }`,
};

// What survives cleaning: formatting, lists, links and images; attributes only where they matter.
const KEEP = new Set(['B', 'STRONG', 'I', 'EM', 'U', 'S', 'SPAN', 'A', 'UL', 'OL', 'LI', 'P', 'DIV', 'BR', 'IMG', 'BLOCKQUOTE']);
const DROP = new Set(['SCRIPT', 'STYLE', 'IFRAME', 'OBJECT', 'EMBED', 'TEMPLATE', 'NOSCRIPT']);
const safeUrl = (value, schemes) => {
  try {
    return schemes.includes(new URL(value, location.href).protocol) ? value : null;
  } catch {
    return null;
  }
};

/** Copies the allowed part of `from` (an inert document's nodes) into `to` (live nodes). */
function copyClean(from, to) {
  for (const node of from.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) to.append(document.createTextNode(node.data));
    if (node.nodeType !== Node.ELEMENT_NODE || DROP.has(node.tagName)) continue;
    if (!KEEP.has(node.tagName)) {
      copyClean(node, to); // unknown wrapper: keep what is inside
      continue;
    }
    const el = document.createElement(node.tagName.toLowerCase());
    if (node.tagName === 'A') {
      const href = safeUrl(node.getAttribute('href') ?? '', ['http:', 'https:', 'mailto:']);
      if (href) el.setAttribute('href', href);
      el.setAttribute('target', '_blank');
      el.setAttribute('rel', 'noopener noreferrer');
    }
    if (node.tagName === 'IMG') {
      const src = node.getAttribute('src') ?? '';
      if (!(src.startsWith('data:image/') || safeUrl(src, ['http:', 'https:']))) continue;
      el.setAttribute('src', src);
      if (node.hasAttribute('alt')) el.setAttribute('alt', node.getAttribute('alt'));
    }
    copyClean(node, el);
    to.append(el);
  }
}

/** Stored HTML into the editor; text without markup (older events) becomes one line per line. */
export function setRichContent(editor, html) {
  editor.replaceChildren();
  if (!/<[a-z!/]/i.test(html)) {
    if (html) for (const line of html.split('\n')) editor.append(line ? h('div', {}, line) : h('div', {}, h('br')));
    return;
  }
  copyClean(new DOMParser().parseFromString(html, 'text/html').body, editor);
}

/** What the app saves: the editor's content, cleaned the same way. */
export function richContent(editor) {
  const clean = document.createElement('div');
  copyClean(new DOMParser().parseFromString(editor.innerHTML, 'text/html').body, clean);
  return clean.innerHTML;
}

/** The toolbar and the editable area; returns { box, editor }. The caller labels the editor. */
export function buildRichEditor(props) {
  const editor = h('div', { contenteditable: 'true', role: 'textbox', 'aria-multiline': 'true', class: S.text, ...props });
  const command = (name, label, text, value) =>
    h('button', {
      type: 'button', tabindex: -1, title: label, 'aria-label': label,
      // Keep the selection in the text while the toolbar is clicked.
      onMousedown: (e) => e.preventDefault(),
      onClick: () => {
        editor.focus();
        document.execCommand(name, false, value);
      },
    }, text);
  const bar = h('div', { role: 'toolbar', 'aria-label': t('formatting'), class: S.bar },
    command('bold', t('bold'), h('b', {}, 'B')),
    command('italic', t('italic'), h('i', {}, 'I')),
    command('underline', t('underline'), h('u', {}, 'U')),
    command('insertUnorderedList', t('bulletedList'), '•'),
    command('insertOrderedList', t('numberedList'), '1.'),
    command('removeFormat', t('clearFormatting'), 'T̸'));
  editor.addEventListener('focus', () => document.execCommand('defaultParagraphSeparator', false, 'div'));
  return { box: h('div', { class: S.box }, bar, editor), editor };
}
