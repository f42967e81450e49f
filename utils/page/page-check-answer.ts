import { checkPage } from '@/utils/page/ontime/page-check';
import { previewOverride } from '@/utils/page/ontime/override-preview';
import { isOwnExtensionPage, parseTabMessage, type TabAnswers, type TabVerb } from '@/utils/shared/page-check';
import type { PageOverrides } from '@/utils/shared/settings/types';

export interface ListenerDeps {
  overrides: PageOverrides;
  isOurs(el: Element): boolean;
}

export interface Asker {
  id?: string;
  url?: string;
}

/**
 * What this frame answers a message, and when: now (it holds the editor), later (the top page,
 * when no frame does), or never (not asked by one of our own pages, not a valid message, or a
 * frame without an editor).
 */
export function tabAnswer(
  doc: Document,
  raw: unknown,
  sender: Asker,
  self: { extensionId: string; extensionOrigin: string },
  deps: ListenerDeps,
): { answer: TabAnswers[TabVerb]; when: 'now' | 'later' } | null {
  if (!isOwnExtensionPage(sender, self.extensionId, self.extensionOrigin)) return null;
  const message = parseTabMessage(raw);
  if (!message) return null;
  const answer =
    message.tabVerb === 'pageCheck' ? checkPage(doc, deps.overrides, deps.isOurs) : previewOverride(doc, deps.overrides, message.payload.key, message.payload.selector);
  const hasEditor = 'editorOpen' in answer ? answer.candidates > 0 : answer.status !== 'matches' || answer.scope === 'editor';
  if (hasEditor) return { answer, when: 'now' };
  return doc.defaultView === doc.defaultView?.top ? { answer, when: 'later' } : null;
}
