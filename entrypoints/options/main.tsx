import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsForm } from '../../components/options/OptionsForm';
import { browserTranslate } from '../../utils/i18n/browser-translate';
import { loadEffectiveSettings } from '../../utils/settings/store';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = browserTranslate('opt_title');
loadEffectiveSettings().then((effective) => {
  render(<OptionsForm initial={effective} t={browserTranslate} redirectUrl={browser.identity.getRedirectURL()} />, document.getElementById('app')!);
});
