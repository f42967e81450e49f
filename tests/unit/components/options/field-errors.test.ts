import { describe, expect, it } from 'vitest';
import { controlIdOf, describedBy, invalidControls } from '@/components/options/field-errors';

describe('options page: errors tied to their fields', () => {
  it('a selector problem belongs to the override it names', () => {
    expect(controlIdOf({ field: 'selectorOverrides', messageKey: 'err_selectorInvalid', value: 'location: div[[bad' })).toBe('override-location');
    expect(controlIdOf({ field: 'clientId', messageKey: 'err_clientIdInvalid' })).toBe('clientId');
  });

  it('counts each invalid field once, in the order the page shows them', () => {
    const problems = [
      { field: 'ontimeAddresses' as const, messageKey: 'err_ontimeAddressInvalid', value: 'ftp://a/' },
      { field: 'ontimeAddresses' as const, messageKey: 'err_ontimeAddressInvalid', value: 'ftp://b/' },
      { field: 'selectorOverrides' as const, messageKey: 'err_selectorInvalid', value: 'subject: [' },
      { field: 'clientId' as const, messageKey: 'err_clientIdInvalid' },
      { field: 'relayRedirectUrl' as const, messageKey: 'err_relayInvalid', value: 'x' },
    ];
    expect(invalidControls(problems)).toEqual(['clientId', 'relayRedirectUrl', 'ontimeAddresses', 'override-subject']);
    expect(invalidControls([])).toEqual([]);
  });

  it('aria-describedby names the help and, when invalid, the error', () => {
    expect(describedBy('clientId', { help: true })).toBe('clientId-help');
    expect(describedBy('clientId', { help: true, invalid: true })).toBe('clientId-help clientId-error');
    expect(describedBy('customApiBase', { invalid: true })).toBe('customApiBase-error');
    expect(describedBy('customApiBase', {})).toBeUndefined();
  });
});
