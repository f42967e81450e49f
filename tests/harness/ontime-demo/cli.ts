/** Runs the OnTime demo page by hand: `npx tsx tests/harness/ontime-demo/cli.ts --port 8787 [--events 5000] [--lang ja]`. */
import { parseArgs } from 'node:util';
import { startOnTimeDemo } from './server';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    events: { type: 'string' },
    lang: { type: 'string', default: 'en' },
  },
});

const demo = await startOnTimeDemo({
  port: Number(values.port),
  seedEvents: values.events ? Number(values.events) : undefined,
  seedLang: values.lang === 'ja' ? 'ja' : 'en',
});
console.log(`OnTime demo (English):  ${demo.url}`);
console.log(`OnTime demo (Japanese): ${demo.urlJa}`);
console.log(`Hidden-dialog variant:  ${demo.url}?variant=hidden`);
console.log(`Stored events:          ${new URL('/__demo/events', demo.url).href}`);
console.log('Ctrl+C to stop.');
process.on('SIGINT', () => void demo.close().then(() => process.exit(0)));
