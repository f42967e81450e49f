import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsForm } from '../../components/OptionsForm';
import { browserTranslate } from '../../utils/i18n/browser-translate';
import { loadSettings } from '../../utils/settings/store';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = browserTranslate('opt_title');
loadSettings().then((settings) => {
  render(<OptionsForm initial={settings} t={browserTranslate} redirectUrl={browser.identity.getRedirectURL()} />, document.getElementById('app')!);
});
