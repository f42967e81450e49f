import { ICON_PATH, ICON_RECT } from '../../components/ZoomIcon';

const SVG = 'http://www.w3.org/2000/svg';

/**
 * The control's first paint, built with plain DOM: every editor opens with it, and Preact
 * (ZoomControl) takes over at the first change of state. It must look and read exactly like
 * ZoomControl's idle button.
 */
export function idleButton(doc: Document, label: string, onClick: () => void): HTMLElement {
  const svg = doc.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const rect = doc.createElementNS(SVG, 'rect');
  for (const [name, value] of Object.entries(ICON_RECT)) rect.setAttribute(name, value);
  rect.setAttribute('fill', 'currentColor');
  const path = doc.createElementNS(SVG, 'path');
  path.setAttribute('d', ICON_PATH);
  path.setAttribute('fill', 'currentColor');
  svg.append(rect, path);

  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'primary';
  button.setAttribute('aria-busy', 'false');
  button.append(svg, label);
  button.addEventListener('click', onClick);
  const wrap = doc.createElement('div');
  wrap.className = 'zoom';
  wrap.append(button);
  return wrap;
}
