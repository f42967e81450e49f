import type { Translate } from '@/utils/shared/translate';
import type { IgnoredSetting } from '@/utils/shared/settings/resolve-settings';

/** Why a policy or stored value of this setting is not in force (it fell back to the next source). */
export function IgnoredNotes({ ignored, t }: { ignored: IgnoredSetting[]; t: Translate }) {
  return (
    <>
      {ignored.map((i) => {
        const reason = t(i.messageKey, i.value ?? '');
        return (
          <p class="error ignored" role="note" key={`${i.source}:${i.messageKey}:${i.value ?? ''}`}>
            {i.source === 'policy' ? t('opt_ignoredPolicy', reason) : t('opt_ignoredStored', reason)}
          </p>
        );
      })}
    </>
  );
}
