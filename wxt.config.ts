import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';

// Public half of the signing key: pins the Chrome/Edge extension ID to
// nbnacpffkajggpgikcajlfpemmpeghdj, so the OAuth redirect URL
// (https://nbnacpffkajggpgikcajlfpemmpeghdj.chromiumapp.org/) is the same on every install.
const CHROME_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAl+VsV4HGp9giVbcJ+SOppNL3ObzTLl74Ub/rbXOhVBr/1LoKiVOGbWyyIi5m8dUB6xbFwsdw/RPUW/4UR1kp7BnJYmeqM2rMAOOLo2oxxYhMGxzkNyfPqaO7Ef4B1O/2e7i2orAFzWFuet+EX2+lFONCBTHwWft8TtlzDvA4ef3/XAs/8WPWxasEb7rl4Ix4XjsW/GsW7sHOQkEG7+/okGfdvdazLX+G6DA6WZUyDptQeHtIhnUBiShEVpq5UZgB1+7Njwi1PB8kgXIaa2s4qqPUsnsDjK6nxmn6lnvwzw0w1yvWmqmEzSvSbqN0D1fTMMLwEUOcTSsmAgvXYKDjoQIDAQAB';
export const GECKO_ID = 'ontime-zoom@ontime-zoom.dev';

const ZOOM_HOSTS = ['https://zoom.us/*', 'https://*.zoom.us/*', 'https://zoomgov.com/*', 'https://*.zoomgov.com/*'];
// The local-test build grants the loopback hosts at install, so the demo and the browser tests
// reach the OnTime demo page and the Zoom simulator without a permission prompt.
const LOOPBACK_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

const NATIVE_BROWSER = fileURLToPath(new URL('./utils/page/native-browser.ts', import.meta.url));

export default defineConfig({
  hooks: {
    // Content scripts run on every OnTime page: they use the browsers' native promise APIs
    // instead of webextension-polyfill (see utils/page/native-browser.ts).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      config.resolve ??= {};
      const alias = config.resolve.alias;
      if (Array.isArray(alias)) alias.unshift({ find: /^wxt\/browser$/, replacement: NATIVE_BROWSER });
      else config.resolve.alias = { ...(alias as Record<string, string>), 'wxt/browser': NATIVE_BROWSER };
    },
  },
  // Every file imports what it uses: no hidden auto-imports.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // alarms: the toolbar badge updates when an unsaved meeting turns orphan, even after the worker stopped.
    permissions: ['identity', 'storage', 'scripting', 'alarms'],
    host_permissions: mode === 'localtest' ? [...ZOOM_HOSTS, ...LOOPBACK_HOSTS] : ZOOM_HOSTS,
    // OnTime runs on customer hosts, often plain http on an intranet: requested per address
    // from the options page.
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } } } }
      : { key: CHROME_KEY, storage: { managed_schema: 'managed_schema.json' } }),
  }),
});
