import { describe, expect, it } from 'vitest';
import { defaultOptions } from '@/utils/worker/meetings/defaults';
import { PASSCODE_PATTERN } from '@/utils/shared/passcode';

describe('default options', () => {
  it('is generated only when the account requires one', () => {
    expect(defaultOptions('t', { schedule_meeting: { require_password_for_scheduling_new_meetings: false } }).password).toBe('');
    expect(defaultOptions('t', { schedule_meeting: { require_password_for_scheduling_new_meetings: true } }).password).toMatch(PASSCODE_PATTERN);
  });
});
