import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/Popup';
import { browserTranslate } from '../../utils/i18n/browser-translate';
import { send } from '../../utils/send';

const locale = browser.i18n.getUILanguage();
document.documentElement.lang = locale;
render(<Popup t={browserTranslate} locale={locale} send={send} openOptions={() => browser.runtime.openOptionsPage()} />, document.getElementById('app')!);
