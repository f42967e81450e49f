/*
 * Plain DOM for the always-loaded content script (no Preact there: it runs on every OnTime page).
 * Text goes in as text nodes only; nothing here parses HTML.
 */
export type Child = Node | string | null | undefined | false;

/** An element with attributes and children; a falsy child is left out. */
export function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...(children.filter(Boolean) as (Node | string)[]));
  return node;
}

/** A button that acts on a click. */
export function button(doc: Document, attrs: Record<string, string>, onClick: ((event: MouseEvent) => void) | null, ...children: Child[]): HTMLButtonElement {
  const node = el(doc, 'button', { type: 'button', ...attrs }, ...children);
  if (onClick) node.addEventListener('click', onClick);
  return node;
}

const SVG = 'http://www.w3.org/2000/svg';

/** Video-camera glyph (decorative: the text next to it carries the meaning); as components/common/ZoomIcon.tsx. */
export function zoomIcon(doc: Document): SVGSVGElement {
  const svg = doc.createElementNS(SVG, 'svg');
  const set = (node: Element, attrs: Record<string, string>) => {
    for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
    return node;
  };
  set(svg, { viewBox: '0 0 24 24', 'aria-hidden': 'true', focusable: 'false' });
  svg.append(
    set(doc.createElementNS(SVG, 'rect'), { x: '2', y: '6', width: '13', height: '12', rx: '3', fill: 'currentColor' }),
    set(doc.createElementNS(SVG, 'path'), { d: 'M16 10.5 21.2 7.4c.4-.2.8.1.8.5v8.2c0 .4-.4.7-.8.5L16 13.5z', fill: 'currentColor' }),
  );
  return svg;
}
