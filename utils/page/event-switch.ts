import type { Editor, FieldControl } from '@/utils/page/ontime/editor';
import { isNewEventEditor } from '@/utils/page/ontime/buttons';
import { findJoinUrl } from '@/utils/page/ontime/find-join-url';

/**
 * Another event in the same editor. Pages that keep ONE editor element (a side panel, a form a
 * framework reuses) refill its fields in place for the next event: value setters, no input event,
 * often no DOM change at all. No element we follow is added, removed, shown or hidden, so only the
 * fields tell: they are looked at around the user's own clicks and keys (and when an editor is
 * found or shown again), and compared with what they said at the last look.
 */

/** What tells one event from another in the editor's fields. */
export interface EventFace {
  subject: string;
  /** The start control(s)' text, as the page shows it. */
  start: string;
  /** The first join link in Location, else in the description; null when there is none. */
  link: string | null;
  /** Location's and the description's text (link targets included): where a link is looked for. */
  fields: string;
  /** The editor is a new event's (Save, no Delete): a duplicate shows the original's fields. */
  isNew: boolean;
}

/**
 * Pure: the fields show another event than at the last look. Between two looks the user changes
 * one thing (a field typed in, a link deleted or pasted, a time picked); a page that refills its
 * editor for another event changes the join link (ours gone, or another event's in its place) AND
 * the subject or the start at once, or puts another meeting's link where ours was: two events can
 * share a subject and a time. A link deleted by hand is not a switch (the subject and start stay):
 * Save then finds our link gone (meeting-in-event.ts) and says so. Nor is anything while the link
 * shown before is still in Location or the description. `known`: the link our control
 * shows; one we wrote ourselves (a new meeting in place of a dead link) is not another event.
 */
export function isAnotherEvent(before: EventFace, now: EventFace, known: string | null = null): boolean {
  if (before.link === now.link || (now.link !== null && now.link === known)) return false;
  // The link shown before is still in the fields: the same event, whatever changed meanwhile (a
  // script's swap of Location, unseen, then the user's own edit, seen in one look).
  if (before.link !== null && now.fields.includes(before.link)) return false;
  if (before.link !== null && now.link !== null) return true;
  return before.subject.trim() !== now.subject.trim() || before.start.trim() !== now.start.trim();
}

/**
 * Pure: the same event as far as isAnotherEvent tells, but what the control shows may no longer
 * fit: a link appeared where there was none (pasted, or a twin event with the same subject and
 * time refilled in), or an existing event's editor now shows a new event's with the same link (a
 * Duplicate refilled in place). The control then reads the fields again (actions.fieldsChanged).
 * Not the other way: a copy that comes to offer a Delete (a page script's, one hidden by a class)
 * could not be told from its original refilled over it, and is never taken for it.
 */
export function outOfStep(before: EventFace, now: EventFace, known: string | null = null): boolean {
  if (now.link === null) return false;
  if (before.link === null) return now.link !== known;
  return before.link === now.link && !before.isNew && now.isNew;
}

/** A control's text without layout: the value of a form control, else its text and link targets. */
function textOf(control: FieldControl | null, withLinks = false): string {
  if (!control) return '';
  const value = (control as Partial<HTMLInputElement>).value;
  if (typeof value === 'string' && 'form' in control) return value;
  const text = control.textContent ?? '';
  if (!withLinks) return text;
  const hrefs = [...control.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
  return hrefs.length ? `${text}\n${hrefs.join('\n')}` : text;
}

/** The editor's fields as an event's face; values, text and buttons only (no style or layout is read). */
export function readFace(editor: Editor, joinHosts: readonly string[] = []): EventFace {
  const location = textOf(editor.location, true);
  const body = textOf(editor.body, true);
  return {
    subject: textOf(editor.subject),
    start: editor.start.map((control) => textOf(control)).join(' '),
    link: findJoinUrl(location, joinHosts)?.joinUrl ?? findJoinUrl(body, joinHosts)?.joinUrl ?? null,
    fields: `${location}\n${body}`,
    isNew: isNewEventEditor(editor.container),
  };
}

export interface SwitchWatch {
  /** The editor in use now, or null. */
  currentEditor(): Editor | null;
  joinHosts: readonly string[];
  /** The join link our control shows now, if any. */
  knownLink(): string | null;
  /** The editor in use shows another event than at the last look (the fields already read). */
  onSwitched(editor: Editor): void;
  /** What the control shows may be out of step with the editor's fields (outOfStep): read again. */
  onChanged(editor: Editor): void;
}

/**
 * When the page refills the editor after the user's click or key: at once (its handler), once
 * its data comes (a fetch), or later. Each new click or key starts these again.
 */
const FOLLOW_UP_MS = [0, 150, 600, 2_000, 5_000];

/**
 * Follows the editor in use for another event shown in the same elements. A look reads a few
 * values (subject, start, Location, the description's text) and nothing else; looks happen at the
 * user's own clicks, keys and typing (before the page's handlers, so that a Save or Delete is
 * taken for the event the fields show), a few times after them, when the editor is found or
 * shown again, and when our own state changes. With no editor in use, a click costs one check.
 */
export function watchEventSwitch(doc: Document, watch: SwitchWatch, signal: AbortSignal) {
  let seen: { container: Element; face: EventFace } | null = null;
  let looking = false;
  let timers: number[] = [];

  function look(): void {
    if (looking || signal.aborted) return;
    const editor = watch.currentEditor();
    if (!editor) {
      seen = null;
      return;
    }
    const face = readFace(editor, watch.joinHosts);
    const before = seen?.container === editor.container ? seen.face : null;
    seen = { container: editor.container, face };
    if (!before) return;
    const known = watch.knownLink();
    const switched = isAnotherEvent(before, face, known);
    if (!switched && !outOfStep(before, face, known)) return;
    looking = true;
    try {
      if (switched) watch.onSwitched(editor);
      else watch.onChanged(editor);
    } finally {
      looking = false;
    }
  }

  const later = () => {
    for (const timer of timers) clearTimeout(timer);
    timers = watch.currentEditor() ? FOLLOW_UP_MS.map((ms) => window.setTimeout(look, ms)) : [];
  };

  // Only the user's own events are looked at synchronously: the browser dispatches them between
  // tasks, never in the middle of a page's refill (a page's focus() or dispatched input could be,
  // and would show half an event).
  const onUser = (event: Event) => {
    if (!event.isTrusted) return;
    look();
    if (event.type !== 'input') later();
  };
  for (const type of ['click', 'keydown', 'input'] as const) doc.addEventListener(type, onUser, { capture: true, signal });
  // A page that refills its editor usually puts the focus in it: looked at once its script is done.
  doc.addEventListener('focusin', () => void (watch.currentEditor() && window.setTimeout(look, 0)), { capture: true, signal });
  signal.addEventListener('abort', () => timers.forEach((timer) => clearTimeout(timer)), { once: true });

  return {
    /** Looks now: the editor was found or shown again, or our state changed. */
    look,
  };
}
