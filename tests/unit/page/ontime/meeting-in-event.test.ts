import { describe, expect, it } from 'vitest';
import { fieldText, meetingInEvent } from '@/utils/page/ontime/meeting-in-event';

const ours = { id: 81234567890, joinUrl: 'https://us02web.zoom.us/j/81234567890?pwd=abc' };
const other = 'https://zoom.us/j/99999999999?pwd=zzz';
const invitation = `Agenda\n──────── Zoom ────────\nJoin\n${ours.joinUrl}\n──────── /Zoom ────────`;

describe('at Save, is our meeting still in the event?', () => {
  it('our link in Location: yes', () => {
    expect(meetingInEvent({ location: `Room 4; ${ours.joinUrl}`, body: '' }, ours)).toBe(true);
  });

  it('Location names another Zoom meeting: no, even with our invitation still in the description', () => {
    expect(meetingInEvent({ location: other, body: invitation }, ours)).toBe(false);
  });

  it('the link taken out of Location only: still carried by the description', () => {
    expect(meetingInEvent({ location: '', body: invitation }, ours)).toBe(true);
    expect(meetingInEvent({ location: 'Room 4', body: invitation }, ours)).toBe(true);
  });

  it('out of both: no', () => {
    expect(meetingInEvent({ location: 'Room 4', body: 'Agenda' }, ours)).toBe(false);
  });

  it('our meeting under another link form (no password, custom host) still counts; a longer id does not', () => {
    expect(meetingInEvent({ location: 'https://zoom.example.com/j/81234567890', body: null }, ours, ['zoom.example.com'])).toBe(true);
    expect(meetingInEvent({ location: 'https://zoom.us/j/812345678901', body: '' }, ours)).toBe(false);
  });

  it('fields the editor does not have are no evidence', () => {
    expect(meetingInEvent({ location: null, body: null }, ours)).toBe(true);
    expect(meetingInEvent({ location: null, body: invitation }, ours)).toBe(true);
  });

  it('reads link targets of a rich description, where the text may not show the URL', () => {
    const body = document.createElement('div');
    body.contentEditable = 'true';
    const a = body.appendChild(document.createElement('a'));
    a.href = ours.joinUrl;
    a.textContent = 'Join Zoom Meeting';
    expect(meetingInEvent({ location: '', body: fieldText(body) }, ours)).toBe(true);
    expect(fieldText(null)).toBeNull();
  });
});
