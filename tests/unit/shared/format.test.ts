import { describe, expect, it } from 'vitest';
import { formatMeetingId } from '@/utils/shared/format';

describe('meeting IDs', () => {
  it('formats meeting IDs as Zoom does', () => {
    expect(formatMeetingId(81234567890)).toBe('812 3456 7890');
    expect(formatMeetingId(1234567890)).toBe('123 456 7890');
  });
});
