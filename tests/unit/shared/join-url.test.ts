import { describe, expect, it } from 'vitest';
import { checkJoinUrl, isZoomLink, type JoinUrlRule } from '@/utils/shared/join-url';

const ZOOM: JoinUrlRule = { zoomDomain: 'zoom.us', customOAuthBase: '', customApiBase: '' };
const GOV: JoinUrlRule = { zoomDomain: 'zoomgov.com', customOAuthBase: '', customApiBase: '' };
const SIM: JoinUrlRule = { zoomDomain: 'custom', customOAuthBase: 'http://127.0.0.1:9000', customApiBase: 'http://127.0.0.1:9000/v2' };
const CORP: JoinUrlRule = { zoomDomain: 'custom', customOAuthBase: 'https://zoom.corp.example', customApiBase: 'https://api.corp.example/v2' };
// A custom base that breaks the custom base rules (plain http off loopback) makes no host acceptable.
const BAD_CUSTOM: JoinUrlRule = { zoomDomain: 'custom', customOAuthBase: 'http://zoom.corp.example', customApiBase: 'http://zoom.corp.example/v2' };

describe('join_url acceptance', () => {
  it.each([
    ['a zoom.us meeting link', 'https://zoom.us/j/123456789', ZOOM, 'https://zoom.us/j/123456789'],
    ['a regional zoom.us host with a passcode', 'https://us02web.zoom.us/j/81234567890?pwd=abc.1', ZOOM, 'https://us02web.zoom.us/j/81234567890?pwd=abc.1'],
    ['a company vanity subdomain of zoom.us', 'https://acme.zoom.us/j/123456789012', ZOOM, 'https://acme.zoom.us/j/123456789012'],
    ['an upper-case host and scheme, normalised', 'HTTPS://US02WEB.ZOOM.US/j/81234567890', ZOOM, 'https://us02web.zoom.us/j/81234567890'],
    ['a fullwidth host that parses to zoom.us, normalised', 'https://ｚｏｏｍ.us/j/123456789', ZOOM, 'https://zoom.us/j/123456789'],
    ['a zoomgov.com link when ZoomGov is chosen', 'https://acme.zoomgov.com/j/1612345678?pwd=x', GOV, 'https://acme.zoomgov.com/j/1612345678?pwd=x'],
    ['the simulator on loopback http (custom)', 'http://127.0.0.1:9000/j/12345678901?pwd=x', SIM, 'http://127.0.0.1:9000/j/12345678901?pwd=x'],
    ['the custom OAuth host over https', 'https://zoom.corp.example/j/123456789', CORP, 'https://zoom.corp.example/j/123456789'],
    ['the custom API host over https', 'https://api.corp.example/j/123456789', CORP, 'https://api.corp.example/j/123456789'],
  ])('accepts %s', (_, raw, rule, expected) => {
    expect(checkJoinUrl(raw, rule)).toEqual({ ok: true, joinUrl: expected, id: Number(/\d+/.exec(expected.split('/j/')[1]!)![0]) });
  });

  it.each([
    ['javascript:', 'javascript:alert(document.cookie)//https://zoom.us/j/123456789', ZOOM, 'scheme'],
    ['data:', 'data:text/html,<script>alert(1)</script>', ZOOM, 'scheme'],
    ['http on zoom.us', 'http://zoom.us/j/123456789', ZOOM, 'scheme'],
    ['a scheme without slashes', 'https:zoom.us/j/123456789', ZOOM, 'scheme'],
    ['a protocol-relative link', '//zoom.us/j/123456789', ZOOM, 'scheme'],
    ['a look-alike host ending in another domain', 'https://zoom.us.evil.example/j/123456789', ZOOM, 'host'],
    ['zoom.us in the path of another host', 'https://evil.example/zoom.us/j/123456789', ZOOM, 'host'],
    ['a look-alike host without the dot', 'https://evilzoom.us/j/123456789', ZOOM, 'host'],
    ['userinfo that names zoom.us', 'https://zoom.us@evil.example/j/123456789', ZOOM, 'credentials'],
    ['userinfo before a real zoom.us host', 'https://user:pw@zoom.us/j/123456789', ZOOM, 'credentials'],
    ['a backslash that browsers read as a slash', 'https://evil.example\\@zoom.us/j/123456789', ZOOM, 'malformed'],
    ['an IDN look-alike (Cyrillic o)', 'https://zооm.us/j/123456789', ZOOM, 'host'],
    ['a trailing-dot host', 'https://zoom.us./j/123456789', ZOOM, 'host'],
    ['an explicit port on zoom.us', 'https://zoom.us:8443/j/123456789', ZOOM, 'host'],
    ['a zoomgov.com link when zoom.us is chosen', 'https://acme.zoomgov.com/j/123456789', ZOOM, 'host'],
    ['a zoom.us link when ZoomGov is chosen', 'https://us02web.zoom.us/j/123456789', GOV, 'host'],
    ['a real zoom.us link when a custom host is chosen', 'https://zoom.us/j/123456789', CORP, 'host'],
    ['another subdomain of the custom host', 'https://evil.corp.example/j/123456789', CORP, 'host'],
    ['the custom host on another port', 'http://127.0.0.1:9001/j/123456789', SIM, 'host'],
    ['the custom host over https when it is configured as http', 'https://127.0.0.1:9000/j/123456789', SIM, 'host'],
    ['http off loopback even when it is the configured custom host', 'http://zoom.corp.example/j/123456789', BAD_CUSTOM, 'scheme'],
    ['a non-numeric meeting id', 'https://zoom.us/j/abcdefghi', ZOOM, 'path'],
    ['a meeting id that is too short', 'https://zoom.us/j/12345678', ZOOM, 'path'],
    ['a meeting id that is too long', 'https://zoom.us/j/1234567890123', ZOOM, 'path'],
    ['a webinar link (/w/)', 'https://zoom.us/w/123456789?tk=x', ZOOM, 'path'],
    ['a start link (/s/)', 'https://zoom.us/s/123456789', ZOOM, 'path'],
    ['a vanity room (/my/)', 'https://zoom.us/my/someone', ZOOM, 'path'],
    ['a meeting path below another path', 'https://zoom.us/x/j/123456789', ZOOM, 'path'],
    ['a meeting path with more after it', 'https://zoom.us/j/123456789/x', ZOOM, 'path'],
    ['a percent-encoded meeting id', 'https://zoom.us/j/%31%32%33%34%35%36%37%38%39', ZOOM, 'path'],
    ['a fragment', 'https://zoom.us/j/123456789#x', ZOOM, 'malformed'],
    ['a space inside', 'https://zoom.us/j/123456789 https://evil.example', ZOOM, 'malformed'],
    ['a newline that URL parsing would drop', 'https://zoom.us/j/1234\n56789', ZOOM, 'malformed'],
    ['a control character', 'https://zoom.us/j/123456789\u0000', ZOOM, 'malformed'],
    ['more than 2,048 characters', `https://zoom.us/j/123456789?pwd=${'a'.repeat(2048)}`, ZOOM, 'malformed'],
    ['an unparseable URL', 'https://[zoom.us/j/123456789', ZOOM, 'malformed'],
    ['an empty string', '', ZOOM, 'notText'],
    ['a number', 123456789, ZOOM, 'notText'],
    ['nothing', undefined, ZOOM, 'notText'],
  ])('refuses %s', (_, raw, rule, problem) => {
    expect(checkJoinUrl(raw, rule)).toEqual({ ok: false, problem });
  });
});

describe('Zoom links recognised in an event', () => {
  it.each([
    ['https on zoom.us', 'https://zoom.us/j/123456789', [], true],
    ['https on zoomgov.com', 'https://acme.zoomgov.com/j/123456789', [], true],
    ['the custom host on loopback http', 'http://127.0.0.1:9000/j/123456789', ['127.0.0.1'], true],
    ['the custom host over https', 'https://zoom.corp.example/j/123456789', ['zoom.corp.example'], true],
    ['http on zoom.us', 'http://zoom.us/j/123456789', [], false],
    ['http on a custom host off loopback', 'http://zoom.corp.example/j/123456789', ['zoom.corp.example'], false],
    ['a look-alike host', 'https://zoom.us.evil.example/j/123456789', [], false],
    ['userinfo that names zoom.us', 'https://zoom.us@evil.example/j/123456789', [], false],
  ])('%s: %s', (_, href, hosts, expected) => {
    expect(isZoomLink(new URL(href), hosts)).toBe(expected);
  });
});
