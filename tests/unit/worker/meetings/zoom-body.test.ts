import { describe, expect, it } from 'vitest';
import { defaultOptions } from '@/utils/worker/meetings/defaults';
import { meetingInput } from '@/utils/worker/meetings/zoom-body';

const draft = { subject: 'Design review', start: '2026-12-01T10:00', end: '2026-12-01T11:30', timeZone: 'Asia/Tokyo' };

describe('meeting input', () => {
  it('sends local start_time with the IANA zone and an integer duration', () => {
    const input = meetingInput(draft, defaultOptions('Design review', null));
    expect(input).toMatchObject({ topic: 'Design review', type: 2, start_time: '2026-12-01T10:00:00', timezone: 'Asia/Tokyo', duration: 90 });
    expect(Number.isInteger(input.duration)).toBe(true);
  });
});
