/** Video-camera glyph (decorative: the text next to it carries the meaning). */
export function ZoomIcon() {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <rect x="2" y="6" width="13" height="12" rx="3" fill="currentColor" />
      <path d="M16 10.5 21.2 7.4c.4-.2.8.1.8.5v8.2c0 .4-.4.7-.8.5L16 13.5z" fill="currentColor" />
    </svg>
  );
}
