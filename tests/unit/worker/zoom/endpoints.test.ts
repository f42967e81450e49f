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
    expect(apiBaseFromTokenResponse('https://eu01api.zoom.us', zoom)).toBe('https://eu01api.zoom.us/v2');
    expect(apiBaseFromTokenResponse('https://api.zoomgov.com', zoom)).toBe('https://api.zoomgov.com/v2');
    expect(apiBaseFromTokenResponse('https://evil.example', zoom)).toBe('https://api.zoom.us/v2');
    expect(apiBaseFromTokenResponse('http://api.zoom.us', zoom)).toBe('https://api.zoom.us/v2');
    expect(apiBaseFromTokenResponse(undefined, zoom)).toBe('https://api.zoom.us/v2');
    const sim = zoomEndpoints({ zoomDomain: 'custom', customOAuthBase: 'http://127.0.0.1:9000', customApiBase: 'http://127.0.0.1:9000/v2' });
    expect(apiBaseFromTokenResponse('http://127.0.0.1:9000', sim)).toBe('http://127.0.0.1:9000/v2');
  });
});
