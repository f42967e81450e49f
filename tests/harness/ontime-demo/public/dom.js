// Tiny DOM helpers, generated ids, and a React-style value tracker.

/** h('div', {class, onClick, 'aria-label': …}, ...children) */
export function h(tag, props, ...children) {
  const el = tag === 'svg' || tag === 'path' || tag === 'circle' || tag === 'rect'
    ? document.createElementNS('http://www.w3.org/2000/svg', tag)
    : document.createElement(tag);
  for (const [k, v] of Object.entries(props ?? {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2).toLowerCase(), v);
    else if (k === 'style' && typeof v === 'object') Object.assign(el.style, v);
    else if (k === 'ref') v(el);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** Random ids like "f-3k2", fresh on every render, so nothing can rely on them. */
export function uid(prefix) {
  for (;;) {
    const id = `${prefix}-${Math.random().toString(36).slice(2, 5)}`;
    if (id.length === prefix.length + 4 && !document.getElementById(id)) return id;
  }
}

const valueDesc = (el) => Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value');
const trackers = new WeakMap();

/**
 * Like React's inputValueTracking: the element gets an own `value` property that remembers what
 * was assigned through it. An input/change event only counts when the real value differs from the
 * remembered one, so `el.value = x` + dispatchEvent is ignored, while typing or the prototype's
 * native setter + dispatchEvent is seen.
 */
export function track(el) {
  const desc = valueDesc(el);
  const state = { value: desc.get.call(el) };
  Object.defineProperty(el, 'value', {
    configurable: true,
    enumerable: desc.enumerable,
    get() { return desc.get.call(this); },
    set(v) { state.value = String(v); desc.set.call(this, v); },
  });
  trackers.set(el, state);
  return el;
}

/** True (and remembered) when the element's real value moved since the last look. */
export function valueChanged(el) {
  const state = trackers.get(el);
  const next = valueDesc(el).get.call(el);
  if (!state) return true;
  if (next === state.value) return false;
  state.value = next;
  return true;
}

/** The page's own writes go through the tracked setter and mirror the attribute, as React DOM does. */
export function setValue(el, v) {
  el.value = v;
  if (el instanceof HTMLInputElement) el.setAttribute('value', v);
}
