import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAnnouncer } from '@/components/page/mount-live-region';
import { LIVE_TAG, rootOf } from '@/components/page/shadow-host';

const channels = () => {
  const root = rootOf(document.querySelector(LIVE_TAG)!)!;
  return { polite: root.querySelector('[role="status"]')!, assertive: root.querySelector('[role="alert"]')! };
};

describe('the page’s one live region', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('is made once, empty, on <body>, before anything is said', () => {
    createAnnouncer(document, 'test');
    expect(document.querySelectorAll(LIVE_TAG)).toHaveLength(1);
    expect(document.body.lastElementChild!.localName).toBe(LIVE_TAG);
    expect(channels().polite.textContent).toBe('');
    expect(channels().assertive.textContent).toBe('');
  });

  it('says progress politely and errors assertively, one channel at a time', () => {
    const announcer = createAnnouncer(document, 'test');
    announcer.say({ text: 'Connecting to Zoom…', urgency: 'polite' });
    expect(channels().polite.textContent).toBe('Connecting to Zoom…');
    announcer.say({ text: 'Zoom could not be reached.', urgency: 'assertive' });
    expect(channels()).toMatchObject({ polite: { textContent: '' }, assertive: { textContent: 'Zoom could not be reached.' } });
  });

  it('says the same words once for one event, and again later by emptying the region first', () => {
    const announcer = createAnnouncer(document, 'test');
    announcer.say({ text: 'Zoom meeting updated.', urgency: 'polite' });
    announcer.say({ text: 'Zoom meeting updated.', urgency: 'polite' }); // the same event, heard twice
    expect(channels().polite.textContent).toBe('Zoom meeting updated.');
    vi.advanceTimersByTime(5000);
    announcer.say({ text: 'Zoom meeting updated.', urgency: 'polite' });
    expect(channels().polite.textContent).toBe('');
    vi.advanceTimersByTime(150);
    expect(channels().polite.textContent).toBe('Zoom meeting updated.');
  });

  it('goes back on <body> if the page took it out, the same element', () => {
    const announcer = createAnnouncer(document, 'test');
    const host = document.querySelector(LIVE_TAG)!;
    host.remove();
    announcer.say({ text: 'Deleting the Zoom meeting…', urgency: 'polite' });
    expect(document.querySelector(LIVE_TAG)).toBe(host);
  });
});
