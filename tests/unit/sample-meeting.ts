import type { MeetingInfo } from '@/utils/shared/meeting-types';

/** A meeting as the worker hands it to the page; each test overrides what it is about. */
export function sampleMeeting(over: Partial<MeetingInfo> = {}): MeetingInfo {
  return {
    id: 81234567890,
    topic: 'Design review',
    joinUrl: 'https://zoom.us/j/81234567890?pwd=abc',
    password: 'x7Kp2q',
    start: '2026-12-01T10:00',
    duration: 60,
    timeZone: 'Asia/Tokyo',
    dialIn: [],
    ...over,
  };
}

export const TOKYO_DIAL_IN = { country: 'JP', country_name: 'Japan', city: 'Tokyo', number: '+81 3 4578 1488', type: 'toll' };
