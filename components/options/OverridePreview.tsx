import { useEffect, useState } from 'preact/hooks';
import type { OverrideKey } from '@/utils/shared/page-check';
import type { Translate } from '@/utils/shared/translate';
import { sendTabVerb } from '@/utils/shared/send-tab-verb';
import { previewText } from '@/components/common/page-check-text';

// Wait for a pause in typing before asking the tab.
const SETTLE_MS = 300;

/** What a selector override, as typed and not yet saved, matches in the open OnTime tab. */
export function OverridePreview({ overrideKey, selector, t }: { overrideKey: OverrideKey; selector: string; t: Translate }) {
  const [text, setText] = useState('');
  useEffect(() => {
    if (!selector.trim()) return setText('');
    let live = true;
    const timer = setTimeout(() => {
      sendTabVerb('tryOverride', { key: overrideKey, selector }).then(
        (preview) => live && setText(previewText(preview, t)),
        () => live && setText(t('pc_previewNoTab')),
      );
    }, SETTLE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [overrideKey, selector]);
  if (!text) return null;
  return (
    <output class="override-preview" aria-label={t('pc_previewLabel')} data-override={overrideKey}>
      {text}
    </output>
  );
}
