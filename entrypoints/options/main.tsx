import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsForm } from '@/components/options/OptionsForm';
import { loadExtensionTranslate } from '@/utils/shared/browser-translate';
import { loadEffectiveSettings } from '@/utils/shared/settings/settings-storage';

// The language is known long before the settings (reading managed storage can take seconds).
const translated = loadExtensionTranslate().then((translate) => {
  document.documentElement.lang = translate.lang;
  document.title = translate.t('opt_title');
  return translate;
});
Promise.all([translated, loadEffectiveSettings()]).then(([{ t }, effective]) => {
  render(<OptionsForm initial={effective} t={t} redirectUrl={browser.identity.getRedirectURL()} />, document.getElementById('app')!);
});
