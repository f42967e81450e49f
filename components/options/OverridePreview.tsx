import { useEffect, useState } from 'preact/hooks';
import type { OverrideKey, OverridePreview as Preview } from '@/utils/shared/page-check';
import type { Translate } from '@/utils/shared/translate';
import { sendTabVerb } from '@/utils/shared/send-tab-verb';
import { previewText } from '@/components/common/page-check-text';

// Wait for a pause in typing before asking the tab.
const SETTLE_MS = 300;

/** What a selector override, as typed and not yet saved, matches in the open OnTime tab. */
export function OverridePreview({ overrideKey, selector, t }: { overrideKey: OverrideKey; selector: string; t: Translate }) {
  const [text, setText] = useState('');
  const [tone, setTone] = useState<'ok' | 'warn' | 'bad'>('warn');
  useEffect(() => {
    if (!selector.trim()) return setText('');
    let live = true;
    const timer = setTimeout(() => {
      sendTabVerb('tryOverride', { key: overrideKey, selector }).then(
        (preview) => {
          if (!live) return;
          setText(previewText(preview, t));
          setTone(toneOf(preview));
        },
        () => {
          if (!live) return;
          setText(t('pc_previewNoTab'));
          setTone('warn');
        },
      );
    }, SETTLE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [overrideKey, selector]);
  if (!text) return null;
  return (
    <output class={`override-preview ${tone}`} aria-label={t('pc_previewLabel')} data-override={overrideKey}>
      {text}
    </output>
  );
}

/** Exactly one match in the editor is what an override should have; anything else deserves a look. */
function toneOf(preview: Preview): 'ok' | 'warn' | 'bad' {
  if (preview.status === 'invalid') return 'bad';
  return preview.status === 'matches' && preview.count === 1 && preview.scope === 'editor' ? 'ok' : 'warn';
}
