// Packs the WordPress plugin as dist/vif-help-wordpress.zip, the last step of `npm run build`:
// the plugin's source (integrations/wordpress/vif-help/), its generated.php (the widget's
// attribute names and the rule of each value, read from the widget's one table so the shortcode
// cannot drift from it), and a
// copy of dist/<major>/ under assets/<version>/ (a new folder each release, so no browser keeps
// an old copy). A small zip writer of its own: `zip` is not on every CI machine.
import { deflateRawSync } from 'node:zlib';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));
const ATTRIBUTE_TABLE = join(root, 'src/components/vif-help/attributes.ts');
const PLUGIN_SOURCE = join(root, 'integrations/wordpress/vif-help');
const OUTPUT = join(root, 'dist/vif-help-wordpress.zip');
const SOURCE_VERSION = '0.0.0-source';

/** The widget's table of attributes (attributes.ts and the list of locales it imports). */
export async function readAttributeTable() {
  const { outputFiles } = buildSync({
    entryPoints: [ATTRIBUTE_TABLE],
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'error',
  });
  const { ATTRIBUTES } = await import(
    `data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`
  );
  return ATTRIBUTES;
}

/** A PHP literal of a string, a number, a boolean or an array of them (plain words only). */
function php(value) {
  if (Array.isArray(value)) return `array( ${value.map(php).join(', ')} )`;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  if (typeof value === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(value)) return `'${value}'`;
  throw new Error(`unexpected value in the attribute table: ${JSON.stringify(value)}`);
}

/**
 * What the plugin checks of each attribute's value, as the widget would (vif_help_clean_value):
 * its kind, and the values, range or address schemes the table gives it. Defaults stay out: a
 * value the plugin refuses is left out, and the widget then uses its own default.
 */
export function phpRules(table) {
  const fields = { enum: ['values'], level: ['min', 'max'], address: ['schemes', 'path'] };
  return table.map((entry) => {
    const { attribute, kind } = entry;
    const rule = [['kind', kind], ...(fields[kind] ?? []).map((field) => [field, entry[field]])];
    return `\t\t${php(attribute)} => array( ${rule.map(([key, value]) => `'${key}' => ${php(value)}`).join(', ')} ),`;
  });
}

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map((file) => join(dir, String(file)))
    .filter((file) => statSync(file).isFile())
    .sort();
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Time and date in MS-DOS form, as zip headers keep them. */
function dosDateTime(date) {
  const time = (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1);
  const day = ((date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate();
  return { time, day };
}

/** A zip archive (no zip64: the plugin is far below 4 GB) of [name, bytes] entries. */
export function zip(entries, date = new Date()) {
  const { time, day } = dosDateTime(date);
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const deflated = deflateRawSync(data, { level: 9 });
    const stored = deflated.length >= data.length;
    const body = stored ? data : deflated;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(day, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, 2.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(stored ? 0 : 8, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(day, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // a regular file, rw-r--r--
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, body);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

async function main() {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  if (!/^[0-9A-Za-z.+-]+$/.test(version)) throw new Error(`unexpected version "${version}"`);
  const major = version.split('.')[0];
  const built = join(root, 'dist', major);
  const table = await readAttributeTable();
  const names = table.map(({ attribute }) => attribute);
  const script = `assets/${version}/vif-help.js`;
  if (!statSync(join(built, 'vif-help.js'), { throwIfNoEntry: false })) {
    throw new Error(`dist/${major}/vif-help.js is missing: run the build first`);
  }

  const generated = [
    '<?php',
    '// Generated by integrations/wordpress/build-zip.mjs from src/components/vif-help/attributes.ts',
    '// and package.json: do not edit.',
    'return array(',
    `\t'version'    => '${version}',`,
    `\t'script'     => '${script}',`,
    `\t'attributes' => ${php(names)},`,
    "\t'rules'      => array(",
    ...phpRules(table),
    '\t),',
    ');',
    '',
  ].join('\n');

  const entries = [];
  for (const file of filesUnder(PLUGIN_SOURCE)) {
    const name = relative(PLUGIN_SOURCE, file).split(sep).join('/');
    let bytes = readFileSync(file);
    if (name === 'vif-help.php' || name === 'readme.txt') {
      const text = bytes.toString('utf8');
      if (!text.includes(SOURCE_VERSION)) throw new Error(`${name} lacks "${SOURCE_VERSION}"`);
      bytes = Buffer.from(text.replaceAll(SOURCE_VERSION, version));
    }
    entries.push([`vif-help/${name}`, bytes]);
  }
  entries.push(['vif-help/generated.php', Buffer.from(generated)]);
  for (const file of filesUnder(built)) {
    const name = relative(built, file).split(sep).join('/');
    entries.push([`vif-help/assets/${version}/${name}`, readFileSync(file)]);
  }

  mkdirSync(join(root, 'dist'), { recursive: true });
  const archive = zip(entries);
  writeFileSync(OUTPUT, archive);
  console.log(
    `dist/vif-help-wordpress.zip: ${entries.length} files, ${(archive.length / 1024).toFixed(1)} KB (attributes: ${names.join(', ')})`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
