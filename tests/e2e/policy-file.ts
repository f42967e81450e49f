/** Debian Chromium reads machine policy from here; the policy test writes one for our extension. */
export const POLICY_FILE = '/etc/chromium/policies/managed/ontime-zoom-e2e.json';
