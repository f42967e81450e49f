import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsForm } from '@/components/options/OptionsForm';
import { loadExtensionTranslate } from '@/utils/shared/browser-translate';
import { loadEffectiveSettings } from '@/utils/shared/settings/settings-storage';

Promise.all([loadExtensionTranslate(), loadEffectiveSettings()]).then(([{ t, lang }, effective]) => {
  document.documentElement.lang = lang;
  document.title = t('opt_title');
  render(<OptionsForm initial={effective} t={t} redirectUrl={browser.identity.getRedirectURL()} />, document.getElementById('app')!);
});
