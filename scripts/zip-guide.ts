/**
 * Runs after `wxt zip`: says which store package goes to which store. The Chrome package serves
 * Edge too; the Edge store gives the extension its own ID, and so its own redirect URL.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const outDir = resolve(import.meta.dirname, '../.output');
const { version } = (await import('../package.json', { with: { type: 'json' } })).default;

const WHERE: [suffix: string, destination: string][] = [
  ['chrome.zip', 'Chrome Web Store, and Microsoft Edge Add-ons (the same file)'],
  ['firefox.zip', 'Firefox Add-ons (addons.mozilla.org)'],
  ['sources.zip', 'Firefox Add-ons, as the source code its reviewers ask for (the add-on is bundled)'],
];

console.log(`\nStore packages in .output/ (version ${version}):`);
for (const [suffix, destination] of WHERE) {
  const name = readdirSync(outDir).find((f) => f.endsWith(`-${version}-${suffix}`));
  if (!name) throw new Error(`No *-${version}-${suffix} in ${outDir}: did wxt zip run?`);
  console.log(`  ${name.padEnd(34)} ${(statSync(join(outDir, name)).size / 1024).toFixed(0).padStart(5)} kB  → ${destination}`);
}
console.log(`
Edge Add-ons gives the extension its own ID, and so its own redirect URL: after publishing, install
it from the Edge store, open its options page and add the Redirect URL shown there to the Zoom
app's OAuth Allow List (likewise for any store whose extension ID differs from the README's).`);
