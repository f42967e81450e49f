import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '@/components/popup/Popup';
import { browserTranslate } from '@/utils/shared/browser-translate';
import { sendVerb } from '@/utils/shared/send-verb';

const locale = browser.i18n.getUILanguage();
document.documentElement.lang = locale;
render(<Popup t={browserTranslate} locale={locale} sendVerb={sendVerb} openOptions={() => browser.runtime.openOptionsPage()} />, document.getElementById('app')!);
