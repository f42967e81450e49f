import { LIVE_CSS } from '@/components/page/content-styles';
import { createShadowHost, LIVE_TAG } from '@/components/page/shadow-host';
import type { Announcement } from '@/utils/page/announcements';

const ECHO_MS = 1500;

export interface Announcer {
  say(announcement: Announcement): void;
}

/**
 * The page's one live region, inside our shadow UI on <body>: made once, empty, when the content
 * script starts, so that screen readers know it before any text goes in (a region created with its
 * text is often missed). It has a polite and an assertive channel: switching aria-live on one
 * element is not reliably honoured by screen readers, so errors get their own. It sits on <body>,
 * not in OnTime's editor, because the editor is hidden or thrown away when it closes, and what we
 * say after a Save or Delete (updated, deleted, failed) comes after that.
 */
export function createAnnouncer(doc: Document, instance: string): Announcer {
  const { host, root } = createShadowHost(doc, LIVE_TAG, LIVE_CSS, instance);
  const polite = doc.createElement('div');
  polite.setAttribute('role', 'status');
  const assertive = doc.createElement('div');
  assertive.setAttribute('role', 'alert');
  root.append(polite, assertive);
  doc.body.append(host);
  let pending: ReturnType<typeof setTimeout> | undefined;
  let last = { text: '', at: 0 };
  return {
    say({ text, urgency }) {
      // One event can reach us twice (a notice in the control and a toast saying the same): say it once.
      if (text === last.text && Date.now() - last.at < ECHO_MS) return;
      last = { text, at: Date.now() };
      // OnTime may rebuild <body>'s children: put the region back (a new one would be missed again).
      if (!host.isConnected) doc.body.append(host);
      const channel = urgency === 'assertive' ? assertive : polite;
      const other = channel === polite ? assertive : polite;
      other.textContent = '';
      clearTimeout(pending);
      // The same words twice are a change only if the region was emptied in between.
      if (channel.textContent === text) {
        channel.textContent = '';
        pending = setTimeout(() => (channel.textContent = text), 100);
      } else {
        channel.textContent = text;
      }
    },
  };
}
