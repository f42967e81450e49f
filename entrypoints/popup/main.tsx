import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '@/components/popup/Popup';
import { loadExtensionTranslate } from '@/utils/shared/browser-translate';
import { sendVerb } from '@/utils/shared/send-verb';

loadExtensionTranslate().then(({ t, lang }) => {
  document.documentElement.lang = lang;
  render(<Popup t={t} locale={lang} sendVerb={sendVerb} openOptions={() => browser.runtime.openOptionsPage()} />, document.getElementById('app')!);
});
