import { accessSync, constants, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { GECKO_ID } from '../harness/zoom-simulator/index';

/**
 * Debian's firefox-esr reads machine policy from here. Only Firefox reads it (a Chromium run is
 * unaffected), but there is one such file per machine: the test writes it only where none is, and
 * removes only its own.
 */
export const FIREFOX_POLICY_FILE = '/etc/firefox/policies/policies.json';
/** Marks the file as this test's: a deployed policy is never overwritten or removed. */
const MARK = 'ontime-zoom-e2e';

export function policyFileIsOurs(): boolean {
  try {
    const file = JSON.parse(readFileSync(FIREFOX_POLICY_FILE, 'utf8'));
    return file?.policies?.['3rdparty']?.Extensions?.[GECKO_ID]?.[MARK] === true;
  } catch {
    return false;
  }
}

/** Whether this run may write the policy: root (or a writable folder) and no one else's file there. */
export function canWriteFirefoxPolicy(): boolean {
  try {
    mkdirSync(dirname(FIREFOX_POLICY_FILE), { recursive: true });
    accessSync(dirname(FIREFOX_POLICY_FILE), constants.W_OK);
    return !existsSync(FIREFOX_POLICY_FILE) || policyFileIsOurs();
  } catch {
    return false;
  }
}

/** Writes the extension's 3rdparty policy (the same keys as storage.managed). */
export function writeFirefoxPolicy(policy: Record<string, unknown>): void {
  writeFileSync(FIREFOX_POLICY_FILE, JSON.stringify({ policies: { '3rdparty': { Extensions: { [GECKO_ID]: { ...policy, [MARK]: true } } } } }, null, 2));
}

export function removeFirefoxPolicy(): void {
  if (policyFileIsOurs()) rmSync(FIREFOX_POLICY_FILE, { force: true });
}
