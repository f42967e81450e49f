// Runtime CSS-in-JS like emotion: class names are hashes of the rules ("css-1x9fa2"), so they
// say nothing about what an element is and change whenever a style changes.

const sheet = document.head.appendChild(document.createElement('style'));
sheet.dataset.emotion = 'css';
const seen = new Set();

function hash(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** `& { … } &:hover { … } & > span { … }` → a class name; '&' stands for the element. */
export function css(strings, ...values) {
  const text = String.raw(strings, ...values).trim();
  const cls = `css-${hash(text)}`;
  if (!seen.has(cls)) {
    seen.add(cls);
    sheet.append(text.replaceAll('&', `.${cls}`) + '\n');
  }
  return cls;
}

/** Several classes, skipping falsy ones. */
export const cx = (...names) => names.filter(Boolean).join(' ');
