/**
 * The content script's `wxt/browser`. Both Chrome (MV3) and Firefox give content scripts
 * promise-returning extension APIs, so the page-side bundle does without webextension-polyfill
 * (about 10 KB); extension pages and the worker keep it. Aliased in wxt.config.ts.
 */
export const browser = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as typeof import('wxt/browser').browser;
