// The snippet builder: settings → live preview → the snippet to copy, and its variants: the
// WordPress plugin's shortcode, the iframe, and a text with a link that any CMS keeps.
// DOM methods only (no markup strings), so the page runs under Trusted Types.
import { listAttributes, listCategories, listCommunes } from '/dist/vif-help.js';

const form = document.getElementById('settings');
/**
 * The widget's own table of attributes: the snippet writes only these, the iframe only its own,
 * and each setting offers the values the table lists, its default chosen.
 */
const ATTRIBUTES = listAttributes();
const KNOWN = new Set(ATTRIBUTES.map(({ attribute }) => attribute));
const BY_NAME = new Map(ATTRIBUTES.map((entry) => [entry.attribute, entry]));
const EMBEDDED = new Set(ATTRIBUTES.filter(({ embed }) => embed).map(({ attribute }) => attribute));
const preview = document.getElementById('preview');
const snippet = document.getElementById('snippet');
const iframeSnippet = document.getElementById('iframe-snippet');
const shortcode = document.getElementById('shortcode');
const linkSnippet = document.getElementById('link-snippet');
/**
 * The fallback inside the element and in the text snippet: the numbers as links, so that they
 * can be tapped before the script has run and where it never runs (vif-help.css sizes them).
 */
const FALLBACK = [
  'En danger : <a href="tel:17">17</a> ou <a href="tel:112">112</a>',
  'Par SMS : <a href="sms:114">114</a>',
  'Écoute 24h/24, gratuite et anonyme : <a href="tel:3919">3919</a>',
].join(' · ');
/** The French label of each value a setting offers; a value the table adds shows as written. */
const LABELS = {
  lang: {
    '': 'Celle de la page',
    fr: 'Français',
    en: 'Anglais',
    ar: 'Arabe (de droite à gauche)',
  },
  view: {
    full: 'Complet',
    emergency: 'Bandeau des numéros d’urgence (en-tête ou pied de page)',
    launcher: 'Porte discrète : un bouton qui ouvre l’aide, pour le pied de chaque page',
  },
  theme: { light: 'Clair', dark: 'Sombre', auto: 'Selon l’appareil' },
  'quick-exit': {
    on: 'Oui (recommandé)',
    off: 'Non (intranet de professionnels seulement)',
  },
};

/** The values a setting offers: the table's values or range; a language may be left to the page. */
function choices({ kind, values, min, max }) {
  if (kind === 'level') return Array.from({ length: max - min + 1 }, (_, i) => String(min + i));
  return kind === 'language' ? ['', ...values] : values;
}

/** Each setting's default as the form writes it ('' where the widget's default is the page's). */
const DEFAULTS = {};
for (const select of form.querySelectorAll('select')) {
  const entry = BY_NAME.get(select.name);
  const fallback = entry.default === null ? '' : String(entry.default);
  DEFAULTS[select.name] = fallback;
  const label = (value) =>
    LABELS[select.name]?.[value] ?? (entry.kind === 'level' ? `h${value}` : value);
  select.replaceChildren(
    ...choices(entry).map(
      (value) => new Option(label(value), value, value === fallback, value === fallback),
    ),
  );
}

const datalist = document.getElementById('communes');
for (const { insee, name } of listCommunes()) {
  const option = document.createElement('option');
  option.value = name;
  option.label = insee;
  datalist.append(option);
}
const categories = document.getElementById('categories');
for (const { id, label } of listCategories()) {
  const wrapper = document.createElement('label');
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.name = 'categories';
  box.value = id;
  wrapper.append(box, ` ${label}`);
  categories.append(wrapper);
}

const escapeAttribute = (value) =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
/** A shortcode value: no quote or bracket may end it; WordPress decodes the entities on output. */
const escapeShortcode = (value) =>
  escapeAttribute(value).replaceAll('>', '&gt;').replaceAll('[', '&#91;').replaceAll(']', '&#93;');

/** The attributes the settings give, defaults left out so the snippet stays short. */
function attributes() {
  const data = new FormData(form);
  const result = { commune: String(data.get('commune') ?? '').trim() };
  for (const [name, fallback] of Object.entries(DEFAULTS)) {
    const value = String(data.get(name) ?? '');
    if (value !== fallback) result[name] = value;
  }
  const chosen = data.getAll('categories');
  if (chosen.length > 0) result.categories = chosen.join(',');
  return Object.fromEntries(Object.entries(result).filter(([name]) => KNOWN.has(name)));
}

function baseUrl() {
  const value = String(new FormData(form).get('base') ?? '').trim();
  return value.endsWith('/') ? value : `${value}/`;
}

function render() {
  const attrs = attributes();
  const attributeText = Object.entries(attrs)
    .filter(([, value]) => value !== '')
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  snippet.value = [
    // The stylesheet keeps the widget's room while its script loads: the page does not move.
    `<link rel="stylesheet" href="${escapeAttribute(baseUrl())}vif-help.css" />`,
    `<script type="module" src="${escapeAttribute(baseUrl())}vif-help.js"></script>`,
    // The launcher is one discreet button: no numbers in the footer of every page before it is drawn.
    ...(attrs.view === 'launcher'
      ? [`<vif-help${attributeText}></vif-help>`]
      : [`<vif-help${attributeText}>`, `  <p>${FALLBACK}</p>`, '</vif-help>']),
  ].join('\n');
  shortcode.value = `[vif-help${Object.entries(attrs)
    .filter(([, value]) => value !== '')
    .map(([name, value]) => ` ${name}="${escapeShortcode(value)}"`)
    .join('')}]`;
  // Where scripts are refused, the door is a plain link to the widget's own page, which shows the
  // full help: a dialog inside an iframe would open in the frame's box only.
  const door = attrs.view === 'launcher';
  const query = new URLSearchParams(
    Object.entries(attrs).filter(
      ([name, value]) => value !== '' && EMBEDDED.has(name) && !(door && name === 'view'),
    ),
  );
  const page = escapeAttribute(`${baseUrl()}embed.html?${query}`);
  iframeSnippet.value = [
    `<iframe data-vif-help title="Aide contre les violences intrafamiliales"`,
    `  src="${page}"`,
    `  width="100%" height="900"></iframe>`,
  ].join('\n');
  linkSnippet.value = door
    ? `<p><a href="${page}">Violences dans le couple ou la famille : trouver de l’aide</a></p>`
    : [
        `<p>${FALLBACK}</p>`,
        `<p><a href="${page}">Violences intrafamiliales : trouver de l’aide près de chez vous</a></p>`,
      ].join('\n');

  const widget = document.createElement('vif-help');
  for (const [name, value] of Object.entries(attrs))
    if (value !== '') widget.setAttribute(name, value);
  preview.replaceChildren(widget);
}

for (const button of document.querySelectorAll('[data-copy]')) {
  button.addEventListener('click', async () => {
    const source = document.getElementById(button.dataset.copy);
    const status = document.getElementById(`${button.dataset.copy}-status`);
    try {
      await navigator.clipboard.writeText(source.value);
      status.textContent = 'Code copié.';
    } catch {
      source.select();
      status.textContent = 'Copie impossible ici : le code est sélectionné, copiez-le avec Ctrl+C.';
    }
  });
}

form.addEventListener('input', render);
form.addEventListener('change', render);
form.addEventListener('submit', (event) => event.preventDefault());
render();
