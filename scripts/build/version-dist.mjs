// Lays the built files out for self-hosting: dist/<major>/ holds a copy of what a page loads, so
// a site can pin `/vif-help/1/vif-help.js` and get fixes without breaking changes.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const [major] = version.split('.');
const folder = `dist/${major}`;
mkdirSync(folder, { recursive: true });
for (const file of ['vif-help.js', 'embed.html', 'embed.js', 'embed-host.js']) {
  copyFileSync(`dist/${file}`, `${folder}/${file}`);
}
console.log(`Copied the built files to ${folder}/ (version ${version}).`);
