// Element bookkeeping kept off the DOM (no data-* attributes a script could key on).

/** element → model key; the only way the editor knows which field an input event came from. */
export const fieldOf = new WeakMap();
/** element → logical name, so focus can return to the "same" control after a re-render. */
export const focusName = new WeakMap();
