import type { Settings } from '@/utils/shared/settings/types';
import type { SettingsProblem } from '@/utils/shared/settings/validate';

// The fields in the order the options page shows them (the setup guide's order), so the first
// invalid one is the first the admin meets.
const PAGE_ORDER: (keyof Settings)[] = ['clientId', 'relayRedirectUrl', 'zoomDomain', 'customOAuthBase', 'customApiBase', 'ontimeAddresses', 'linkTarget', 'selectorOverrides'];

/** The id of the control a problem belongs to: a selector problem names its override ("subject: …"). */
export function controlIdOf(problem: SettingsProblem): string {
  if (problem.field === 'selectorOverrides') {
    const key = /^(\w+):/.exec(problem.value ?? '')?.[1];
    return key ? `override-${key}` : 'override-editor';
  }
  return problem.field;
}

/** The invalid controls, each once, in page order: the count for the banner, the first for focus. */
export function invalidControls(problems: SettingsProblem[]): string[] {
  const rank = (p: SettingsProblem) => PAGE_ORDER.indexOf(p.field);
  const sorted = [...problems].sort((a, b) => rank(a) - rank(b));
  return [...new Set(sorted.map(controlIdOf))];
}

/** The id of the error text under a control. */
export const errorIdOf = (controlId: string) => `${controlId}-error`;

/** aria-describedby for a control: its help, then its error when it has one. */
export function describedBy(controlId: string, { help = false, invalid = false }: { help?: boolean; invalid?: boolean }): string | undefined {
  const ids = [help ? `${controlId}-help` : '', invalid ? errorIdOf(controlId) : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}
