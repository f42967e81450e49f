// Page shapes other calendar apps give their meeting editor, chosen with ?variant=:
// modal (variant-modal.js), popover (variant-popover.js), trap (variant-trap.js), frame (variant-frame.js). editor.js asks
// here for the element that holds the editor's dialog, and hands it back here when it closes.
import { modalPortal } from './variant-modal.js';
import { popoverPortal } from './variant-popover.js';
import { trapPortal } from './variant-trap.js';

export { openFramed, framedEditor } from './variant-frame.js';

const builders = { modal: modalPortal, popover: popoverPortal, trap: trapPortal };
const releases = new WeakMap();

/** The holder of the editor's dialog for this variant, on the page and shown; null: the default overlay. */
export function variantPortal(variant, content, handlers) {
  const build = builders[variant];
  if (!build) return null;
  const { portal, release } = build(content, handlers);
  releases.set(portal, release);
  return portal;
}

/** Takes the holder off the page, undoing what its variant set up (listeners, top layer). */
export function removePortal(portal) {
  releases.get(portal)?.();
  portal.remove();
}
