import { describe, expect, it } from 'vitest';
import { connectionLabel } from '@/components/common/ConnectionStatus';
import type { ConnectionState } from '@/utils/shared/protocol';

const t = (key: string, ...args: (string | number)[]) => [key, ...args].join(':');
const state = (patch: Partial<ConnectionState>): ConnectionState => ({ configured: true, connected: true, scopes: [], missing: [], optional: [], ...patch });

describe('connection label (popup and options page)', () => {
  it('names the account when the worker could read it', () => {
    expect(connectionLabel(state({ account: 'ann@example.com' }), t)).toBe('pop_signedInAs:ann@example.com');
  });
  it('says only "connected" without it (no user:read:user)', () => {
    expect(connectionLabel(state({}), t)).toBe('pop_connected');
  });
  it('not connected, or not set up', () => {
    expect(connectionLabel(state({ connected: false }), t)).toBe('pop_notConnected');
    expect(connectionLabel(state({ connected: false, configured: false }), t)).toBe('pop_notConfigured');
    // The options page is where the Client ID goes: it says so rather than "in the settings".
    expect(connectionLabel(state({ connected: false, configured: false }), t, true)).toBe('opt_connectionNotConfigured');
  });
});
