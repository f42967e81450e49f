/**
 * Finds an element by role and accessible name inside a page, through open shadow roots: what
 * Playwright's getByRole/getByLabel do, for a driver that has no accessibility queries over
 * WebDriver BiDi. Kept as source text: a compiled function could carry the compiler's helpers
 * into the page.
 *
 * The page-side function takes { role, name, dialog, count } (names as { source, flags } or strings)
 * and returns the first shown match or null
 * (with count: true, how many are shown). Roles: button, field (by its label), check
 * (radio/checkbox by its label), control (either), dialog, alert, status (the last three match on contained text).
 */
export const FIND_IN_PAGE = `(query) => {
  const norm = (s) => (s || '').replace(/\\s+/g, ' ').trim();
  const matcher = (name, contains) => {
    if (name === undefined || name === null) return () => true;
    if (typeof name === 'string') return contains ? (s) => norm(s).includes(norm(name)) : (s) => norm(s) === norm(name);
    const re = new RegExp(name.source, name.flags);
    return (s) => re.test(norm(s));
  };
  function* walk(root) {
    for (const el of root.querySelectorAll('*')) {
      yield el;
      if (el.shadowRoot) yield* walk(el.shadowRoot);
    }
  }
  const shown = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const byIds = (el, ids) => ids.split(/\\s+/).map((id) => el.getRootNode().getElementById(id)).filter(Boolean).map((n) => n.textContent).join(' ');
  const labelOf = (el) => {
    if (el.getAttribute('aria-label')) return el.getAttribute('aria-label');
    if (el.getAttribute('aria-labelledby')) return byIds(el, el.getAttribute('aria-labelledby'));
    if (el.labels && el.labels.length) return [...el.labels].map((l) => l.textContent).join(' ');
    return el.getAttribute('title') || '';
  };
  const buttonName = (el) => el.getAttribute('aria-label') || (el.getAttribute('aria-labelledby') ? byIds(el, el.getAttribute('aria-labelledby')) : el.textContent || el.value);
  const roles = {
    button: { is: (el) => el.localName === 'button' || el.getAttribute('role') === 'button' || (el.localName === 'input' && ['button', 'submit'].includes(el.type)), text: buttonName },
    field: { is: (el) => ['textarea', 'select'].includes(el.localName) || (el.localName === 'input' && !['button', 'submit', 'radio', 'checkbox', 'hidden'].includes(el.type)) || ['textbox', 'combobox'].includes(el.getAttribute('role')), text: labelOf },
    check: { is: (el) => el.localName === 'input' && ['radio', 'checkbox'].includes(el.type), text: labelOf },
    control: { is: (el) => roles.field.is(el) || roles.check.is(el), text: labelOf },
    dialog: { is: (el) => el.localName === 'dialog' || ['dialog', 'alertdialog'].includes(el.getAttribute('role')), text: labelOf },
    alert: { is: (el) => el.getAttribute('role') === 'alert', text: (el) => el.textContent, contains: true },
    status: { is: (el) => el.getAttribute('role') === 'status' || el.localName === 'output', text: (el) => el.textContent, contains: true },
  };
  const all = (root, role, name) => {
    const spec = roles[role];
    const matches = matcher(name, spec.contains);
    return [...walk(root)].filter((el) => spec.is(el) && shown(el) && matches(spec.text(el)));
  };
  const find = (root, role, name) => all(root, role, name)[0] || null;
  let root = document;
  if (query.dialog !== undefined) {
    root = find(document, 'dialog', query.dialog);
    if (!root) return query.count ? 0 : null;
  }
  return query.count ? all(root, query.role, query.name).length : find(root, query.role, query.name);
}`;

/** A name as it crosses into the page. */
export function serializeName(name: string | RegExp | undefined): string | { source: string; flags: string } | undefined {
  return name instanceof RegExp ? { source: name.source, flags: name.flags } : name;
}
