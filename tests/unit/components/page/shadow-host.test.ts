import { describe, expect, it } from 'vitest';
import { createShadowHost, hostSelector, isOurHost, rootOf, shadowRootMode, staleHosts, TOAST_TAG } from '@/components/page/shadow-host';

describe('our shadow roots', () => {
  it('release builds (chrome-mv3, firefox-mv3) attach closed roots; only the local-test build keeps them open', () => {
    expect(shadowRootMode('production')).toBe('closed');
    expect(shadowRootMode('development')).toBe('closed');
    expect(shadowRootMode('localtest')).toBe('open');
  });

  it('a host built outside the local-test mode hides its root from the page and keeps it for us', () => {
    const { host, root } = createShadowHost(document, 'ontime-zoom-control', ':host { color: red }', 'i1');
    expect(host.shadowRoot).toBeNull();
    expect(rootOf(host)).toBe(root);
    expect(root.mode).toBe('closed');
  });

  it('a page that defined our element name first (a shadow root of its own attached): our host takes another name of ours, still known as ours', () => {
    customElements.define(TOAST_TAG, class extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'open' });
      }
    });
    const { host, root } = createShadowHost(document, TOAST_TAG, '', 'i2');
    expect(host.localName).toMatch(new RegExp(`^${TOAST_TAG}-[0-9a-f]{8}$`));
    expect(rootOf(host)).toBe(root);
    expect(isOurHost(host)).toBe(true);
    expect(hostSelector(TOAST_TAG)).toBe(host.localName);
    document.body.append(host);
    expect(staleHosts(document)).toContain(host);
    // The next host of that kind takes the same name.
    expect(createShadowHost(document, TOAST_TAG, '', 'i2').host.localName).toBe(host.localName);
  });
});
