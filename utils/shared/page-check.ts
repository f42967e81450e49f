import { OVERRIDE_KEYS } from '@/utils/shared/settings/types';

/**
 * The page check: what our detection finds in an OnTime tab, asked by our popup and options page
 * of the content script in that tab. Nothing in it is a field's value or any event data: only
 * element shapes, label texts, the rules used and the rules tried.
 */
export const CHECKED_FIELDS = ['subject', 'start', 'end', 'timeZone', 'location', 'body', 'controlPlace', 'save', 'delete'] as const;
export type CheckedField = (typeof CHECKED_FIELDS)[number];

/** How something was found (label rules are those of utils/page/ontime/labels.ts). */
export type FoundBy =
  | 'override'
  | 'ariaLabelledBy'
  | 'ariaLabel'
  | 'labelFor'
  | 'wrappingLabel'
  | 'placeholder'
  | 'precedingText'
  | 'zoneText'
  | 'onlineMeetingText'
  | 'buttonLabel'
  | 'containerRole';

/** One rule that was tried and found nothing. */
export type TriedRule =
  | { rule: 'override'; selector: string; outcome: 'noMatch' | 'invalid' }
  | { rule: 'labels'; words: string[]; controls: number }
  | { rule: 'zoneText' }
  | { rule: 'onlineMeetingText'; words: string[] }
  | { rule: 'buttonLabel'; words: string[]; buttons: number };

export interface FieldFinding {
  field: CheckedField;
  found: boolean;
  by?: FoundBy;
  /** The label text it was found by (page structure, never a value). */
  label?: string;
  /** The element's shape, e.g. input[type=date]. */
  element?: string;
  /** How many controls hold it (start and end are often a date and a time). */
  count?: number;
  /** Found, but not shown at the moment (a new event's Delete). */
  hidden?: boolean;
  /** Not found: every rule tried. */
  tried?: TriedRule[];
  /** Not found, and what the product does instead (our control after Location; the browser's zone). */
  fallback?: 'afterLocation' | 'afterSubject' | 'browserZone';
}

/** A control in the editor whose label names none of our fields: where a renamed label shows up. */
export interface UnmatchedControl {
  element: string;
  label: string;
  by: FoundBy | 'none';
}

export interface PageCheckReport {
  /** A meeting editor is open and readable (subject and start found). */
  editorOpen: boolean;
  /** Containers that look like an editor (dialogs, forms), readable or not. */
  candidates: number;
  container?: { element: string; by: 'override' | 'containerRole' };
  fields: FieldFinding[];
  unmatched: UnmatchedControl[];
  /** The editor's structure, one element per line, digits and long tokens masked, no values. */
  outline: string[];
  /** The page is in a frame of the tab, not the top page. */
  inFrame: boolean;
}

export type OverrideKey = (typeof OVERRIDE_KEYS)[number];

export type OverridePreview =
  | { status: 'invalid' }
  | { status: 'empty' }
  | {
      status: 'matches';
      count: number;
      /** Where it was tried: inside the open editor (as the product does), else the whole page. */
      scope: 'editor' | 'page';
      /** The first few matches, described by shape and label (the product uses the first). */
      elements: { element: string; label: string }[];
    };

/** The verbs our pages send to the content script of an OnTime tab (never the other way). */
export const TAB_VERBS = {
  pageCheck: { check: (p: unknown): p is Record<string, never> => isObject(p) && Object.keys(p).length === 0 },
  tryOverride: {
    check: (p: unknown): p is { key: OverrideKey; selector: string } =>
      isObject(p) && typeof p.key === 'string' && (OVERRIDE_KEYS as readonly string[]).includes(p.key) && typeof p.selector === 'string' && p.selector.length <= 500,
  },
};

export interface TabAnswers {
  pageCheck: PageCheckReport;
  tryOverride: OverridePreview;
}
export type TabVerb = keyof TabAnswers;
export type TabRequest<V extends TabVerb> = (typeof TAB_VERBS)[V]['check'] extends (p: unknown) => p is infer R ? R : never;
export type TabMessage = { [V in TabVerb]: { tabVerb: V; payload: TabRequest<V> } }[TabVerb];

/** Schema check of a message to the content script. */
export function parseTabMessage(raw: unknown): TabMessage | null {
  if (!isObject(raw) || typeof raw.tabVerb !== 'string' || !Object.hasOwn(TAB_VERBS, raw.tabVerb)) return null;
  const verb = raw.tabVerb as TabVerb;
  return TAB_VERBS[verb].check(raw.payload) ? (raw as TabMessage) : null;
}

/** Only our own extension pages may ask: a sender from our extension whose URL is one of our pages. */
export function isOwnExtensionPage(sender: { id?: string; url?: string }, extensionId: string, extensionOrigin: string): boolean {
  return sender.id === extensionId && !!sender.url && sender.url.startsWith(extensionOrigin);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}
