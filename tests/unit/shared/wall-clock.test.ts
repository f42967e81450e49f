import { describe, expect, it } from 'vitest';
import { durationMinutes, isValidDraft } from '@/utils/shared/wall-clock';

const draft = { subject: 'Design review', start: '2026-12-01T10:00', end: '2026-12-01T11:30', timeZone: 'Asia/Tokyo' };

describe('draft times', () => {
  it('computes durations across midnight and rejects end before start', () => {
    expect(durationMinutes('2026-12-01T23:30', '2026-12-02T00:15')).toBe(45);
    expect(isValidDraft({ ...draft, end: '2026-12-01T09:00' })).toBe(false);
    expect(isValidDraft({ ...draft, subject: '  ' })).toBe(false);
  });
});
