import { describe, expect, it } from 'vitest';
import { apiBaseFromTokenResponse, zoomEndpoints } from '@/utils/worker/zoom/endpoints';

const custom = { customOAuthBase: '', customApiBase: '' };

describe('Zoom endpoints', () => {
  it('zoom.us and ZoomGov', () => {
    expect(zoomEndpoints({ zoomDomain: 'zoom.us', ...custom })).toEqual({
      issuer: 'https://zoom.us',
      authorize: 'https://zoom.us/oauth/authorize',
      token: 'https://zoom.us/oauth/token',
      revoke: 'https://zoom.us/oauth/revoke',
      apiBase: 'https://api.zoom.us/v2',
    });
    expect(zoomEndpoints({ zoomDomain: 'zoomgov.com', ...custom })).toMatchObject({ token: 'https://zoomgov.com/oauth/token', apiBase: 'https://api.zoomgov.com/v2' });
  });

  it('uses the regional api_url from the token response, but only a Zoom host', () => {
    const zoom = zoomEndpoints({ zoomDomain: 'zoom.us', ...custom });
    expect(apiBaseFromTokenResponse('https://eu01api.zoom.us', zoom, 'zoom.us')).toBe('https://eu01api.zoom.us/v2');
    expect(apiBaseFromTokenResponse('https://evil.example', zoom, 'zoom.us')).toBe('https://api.zoom.us/v2');
    expect(apiBaseFromTokenResponse('http://api.zoom.us', zoom, 'zoom.us')).toBe('https://api.zoom.us/v2');
    expect(apiBaseFromTokenResponse(undefined, zoom, 'zoom.us')).toBe('https://api.zoom.us/v2');
    const sim = zoomEndpoints({ zoomDomain: 'custom', customOAuthBase: 'http://127.0.0.1:9000', customApiBase: 'http://127.0.0.1:9000/v2' });
    expect(apiBaseFromTokenResponse('http://127.0.0.1:9000', sim, 'custom')).toBe('http://127.0.0.1:9000/v2');
  });
});

describe('api_url belongs to the chosen Zoom domain family', () => {
  const zoom = zoomEndpoints({ zoomDomain: 'zoom.us', ...custom });
  const gov = zoomEndpoints({ zoomDomain: 'zoomgov.com', ...custom });
  const sim = zoomEndpoints({ zoomDomain: 'custom', customOAuthBase: 'https://zoom.sim.example', customApiBase: 'https://api.sim.example/v2' });

  it.each([
    ['zoom.us: a regional zoom.us host', 'https://eu01api.zoom.us', zoom, 'zoom.us', 'https://eu01api.zoom.us/v2'],
    ['zoom.us: zoom.us itself', 'https://zoom.us', zoom, 'zoom.us', 'https://zoom.us/v2'],
    ['zoom.us: a zoomgov.com host is the other cloud', 'https://api.zoomgov.com', zoom, 'zoom.us', 'https://api.zoom.us/v2'],
    ['zoomgov.com: a zoomgov.com host', 'https://api.zoomgov.com', gov, 'zoomgov.com', 'https://api.zoomgov.com/v2'],
    ['zoomgov.com: a zoom.us host is the other cloud', 'https://eu01api.zoom.us', gov, 'zoomgov.com', 'https://api.zoomgov.com/v2'],
    ['zoomgov.com: a look-alike suffix', 'https://api.zoomgov.com.evil.example', gov, 'zoomgov.com', 'https://api.zoomgov.com/v2'],
    ['zoom.us: a look-alike without the dot', 'https://evilzoom.us', zoom, 'zoom.us', 'https://api.zoom.us/v2'],
    ['zoom.us: credentials before a foreign host', 'https://api.zoom.us@evil.example', zoom, 'zoom.us', 'https://api.zoom.us/v2'],
    ['zoom.us: credentials before a zoom.us host', 'https://user:pw@api.zoom.us', zoom, 'zoom.us', 'https://api.zoom.us/v2'],
    ['zoom.us: an explicit port', 'https://api.zoom.us:8443', zoom, 'zoom.us', 'https://api.zoom.us/v2'],
    ['zoom.us: upper case is the same host', 'https://EU01API.ZOOM.US', zoom, 'zoom.us', 'https://eu01api.zoom.us/v2'],
    ['zoom.us: plain http', 'http://eu01api.zoom.us', zoom, 'zoom.us', 'https://api.zoom.us/v2'],
    ['custom: the configured API origin', 'https://api.sim.example', sim, 'custom', 'https://api.sim.example/v2'],
    ['custom: a real zoom.us host is not the configured one', 'https://api.zoom.us', sim, 'custom', 'https://api.sim.example/v2'],
    ['custom: another host of the same domain', 'https://other.sim.example', sim, 'custom', 'https://api.sim.example/v2'],
    ['custom: the OAuth host is not the API host', 'https://zoom.sim.example', sim, 'custom', 'https://api.sim.example/v2'],
    ['zoom.us: not a URL', 'not a url', zoom, 'zoom.us', 'https://api.zoom.us/v2'],
    ['zoom.us: not text', 42, zoom, 'zoom.us', 'https://api.zoom.us/v2'],
  ] as const)('%s', (_, apiUrl, endpoints, domain, expected) => {
    expect(apiBaseFromTokenResponse(apiUrl, endpoints, domain)).toBe(expected);
  });
});
