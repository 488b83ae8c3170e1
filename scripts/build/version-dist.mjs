// Lays the built files out for self-hosting: dist/<major>/ holds a copy of everything a page loads
// (the entry and every chunk), so
// a site can pin `/vif-help/1/vif-help.js` and get fixes without breaking changes.
import { cpSync, copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const [major] = version.split('.');
const folder = `dist/${major}`;
mkdirSync(folder, { recursive: true });
for (const file of ['vif-help.js', 'vif-help.css', 'embed.html', 'embed.js', 'embed-host.js']) {
  copyFileSync(`dist/${file}`, `${folder}/${file}`);
}
// The chunks the entry loads from its own folder: the copy is exact, nothing stale stays.
rmSync(`${folder}/chunks`, { recursive: true, force: true });
cpSync('dist/chunks', `${folder}/chunks`, { recursive: true });
console.log(`Copied the built files to ${folder}/ (version ${version}).`);
