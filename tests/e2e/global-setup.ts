import { rmSync } from 'node:fs';
import { POLICY_FILE } from './policy-file';

/** A run that was killed mid-way may have left the policy test's file behind: it would lock every other test's settings. */
export default function setup(): void {
  rmSync(POLICY_FILE, { force: true });
}
