import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsForm } from '@/components/options/OptionsForm';
import { browserTranslate } from '@/utils/shared/browser-translate';
import { loadEffectiveSettings } from '@/utils/shared/settings/settings-storage';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = browserTranslate('opt_title');
loadEffectiveSettings().then((effective) => {
  render(<OptionsForm initial={effective} t={browserTranslate} redirectUrl={browser.identity.getRedirectURL()} />, document.getElementById('app')!);
});
