// The first screen drawn with plain DOM, before Lit and the element arrive: the quick exit, the
// safety line, the title, 17, SMS 114, 3919, the other emergency numbers and the search field,
// in the element's own shadow root, with its own styles and the same markup as its first render.
// The element then renders into that shadow root and removes this drawing in the same task (see
// first-paint.controller.ts): nothing moves, typed text and focus carry over. No Lit here (its
// Trusted Types policy must be created once, by the element), no innerHTML.
import { readConfig } from './config.js';
import { ATTRIBUTES } from './attributes.js';
import { mainChannel } from './main-channel.js';
import { FIRST_PAINT_TEXTS } from './first-paint-texts.js';
import { FIRST_PAINT_MARK } from './first-paint-mark.js';
import { drawLauncher, launcherStyles } from './launcher.js';
import { FIRST_SCREEN_LINES } from '../../data/blocks.js';
import { safeHref } from '../../data/links.js';
import { pickText } from '../../localization/localized-text.js';
import { directionOf, resolveElementLocale } from '../../localization/locale.js';
import { FIRST_PAINT_TRANSLATIONS } from '../../localization/generated/first-paint.js';
import { PRESSES_TO_EXIT } from '../../safety/shift-sequence.js';
import { resetStyles } from '../../styles/reset.styles.js';
import { vifHelpStyles } from './vif-help.styles.js';
import { exitBarStyles } from './exit-bar.styles.js';
import { firstScreenStyles } from './first-screen.styles.js';
import type { FirstScreenLine, Locale } from '../../data/types.js';

type Texts = typeof FIRST_PAINT_TEXTS;
type Child = Node | string | null | false;

/** The element's static styles, in its order (vif-help.component.ts). */
const STYLES = [resetStyles, vifHelpStyles, exitBarStyles, firstScreenStyles];

/** `tag` with its attributes and children: the one way this module makes markup. */
function el(tag: string, attributes: Record<string, string> = {}, ...children: Child[]) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(
    ...children.filter((child): child is Node | string => child !== null && child !== false),
  );
  return element;
}

function digits(line: FirstScreenLine, withSms: 'tile' | 'band' | false) {
  const channel = mainChannel(line)!;
  return el(
    'bdi',
    { class: 'digits', dir: 'ltr' },
    // The space inside the span: Chrome's accessible name drops a text node of a space alone.
    channel.type === 'sms' && withSms === 'tile' && el('span', { class: 'sms' }, 'SMS '),
    channel.type === 'sms' && withSms === 'band' && 'SMS ',
    channel.display,
  );
}

/** A link to a line's main channel, if it has one whose scheme may be rendered. */
function lineLink(line: FirstScreenLine, attributes: Record<string, string>, ...children: Child[]) {
  const channel = mainChannel(line);
  const href = channel && safeHref(channel.href);
  return href ? el('a', { ...attributes, href }, ...children) : null;
}

function emergencyHeading(level: number, texts: Texts) {
  return el(
    `h${Math.min(level, 6)}`,
    { id: 'emergency-title', class: 'visually-hidden' },
    texts.emergency,
  );
}

function fullView(
  host: HTMLElement,
  level: number,
  quickExit: boolean,
  locale: Locale,
  texts: Texts,
) {
  const text = (value: FirstScreenLine['name']) => pickText(value, locale).value;
  const tiles = FIRST_SCREEN_LINES.primary.map((line) =>
    el(
      'li',
      { class: 'tile-item' },
      lineLink(
        line,
        { class: 'tile' },
        digits(line, 'tile'),
        ' ',
        el(
          'span',
          { class: 'label' },
          text(line.summary ?? line.name),
          line.notOnBill === true && el('span', { class: 'bill' }, ` · ${texts.notOnBill}`),
        ),
      ),
    ),
  );
  const also = FIRST_SCREEN_LINES.also.map((line) =>
    el(
      'li',
      {},
      lineLink(line, {}, digits(line, false), ' ', el('span', { class: 'label' }, text(line.name))),
    ),
  );
  const commune = host.getAttribute('commune');
  return [
    el(
      'p',
      { class: 'safety-banner' },
      `${quickExit ? texts.banner : texts.bannerWithoutExit} `,
      el(
        'button',
        {
          type: 'button',
          class: 'link-button',
          'aria-expanded': 'false',
          'aria-controls': 'protect',
        },
        texts.protect,
        el('span', { 'aria-hidden': 'true' }, ' ›'),
      ),
    ),
    el(`h${Math.min(level, 6)}`, { class: 'title' }, texts.title),
    // The commune's name needs the commune list, which comes with the element: its line keeps
    // its room meanwhile.
    commune !== null &&
      commune.trim() !== '' &&
      el(
        'p',
        { class: 'commune-line' },
        el('span'),
        ' ',
        el(
          'button',
          { class: 'link-button commune-toggle', type: 'button', 'aria-expanded': 'false' },
          texts.changeCommune,
        ),
      ),
    el(
      'section',
      { part: 'emergency', class: 'emergency', 'aria-labelledby': 'emergency-title' },
      emergencyHeading(level + 1, texts),
      el('ul', { class: 'tiles' }, ...tiles),
      el('ul', { class: 'also', 'aria-label': texts.also }, ...also),
    ),
    el(
      'div',
      { class: 'other-lines' },
      el(
        'button',
        {
          type: 'button',
          class: 'disclosure row-button',
          'aria-expanded': 'false',
          'aria-controls': 'other-lines',
        },
        `${texts.otherLines} (${FIRST_SCREEN_LINES.others.length})`,
      ),
      el('div', { id: 'other-lines', class: 'disclosure-region', hidden: '' }),
    ),
    el(
      'section',
      { class: 'directory', 'aria-labelledby': 'directory-title', 'aria-busy': 'true' },
      el(
        `h${Math.min(level + 1, 6)}`,
        { id: 'directory-title', class: 'section-title search-title' },
        el('label', { for: 'directory-search' }, texts.search),
      ),
      el(
        'div',
        { role: 'search' },
        el('input', {
          id: 'directory-search',
          part: 'search',
          type: 'search',
          autocomplete: 'off',
          spellcheck: 'false',
          enterkeyhint: 'search',
          placeholder: texts.placeholder,
        }),
      ),
      el('p', { class: 'meta' }, texts.loading),
    ),
  ];
}

function emergencyBand(level: number, helpUrl: string | null, locale: Locale, texts: Texts) {
  const numbers = FIRST_SCREEN_LINES.primary.map((line) =>
    el(
      'li',
      {},
      lineLink(
        line,
        {},
        digits(line, 'band'),
        el(
          'span',
          { class: 'visually-hidden label' },
          ` ${pickText(line.summary ?? line.name, locale).value}`,
        ),
      ),
    ),
  );
  return [
    el(
      'section',
      { part: 'emergency', class: 'band', 'aria-labelledby': 'emergency-title' },
      emergencyHeading(level, texts),
      el(
        'ul',
        { class: 'band-numbers' },
        ...numbers,
        helpUrl !== null &&
          el(
            'li',
            {},
            el(
              'a',
              { class: 'more', href: helpUrl },
              texts.moreHelp,
              el('span', { 'aria-hidden': 'true' }, ' ›'),
            ),
          ),
      ),
    ),
  ];
}

/** The quick exit: a hidden first link, then the bar; a plain click leaves without a history entry. */
function exitBar(exitUrl: string, texts: Texts) {
  const leave = (event: MouseEvent) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    location.replace(exitUrl);
  };
  const link = (attributes: Record<string, string>, ...children: Child[]) => {
    const anchor = el(
      'a',
      { ...attributes, href: exitUrl, rel: 'noreferrer nofollow' },
      ...children,
    );
    anchor.addEventListener('click', leave);
    return anchor;
  };
  return [
    link({ class: 'visually-hidden-focusable secondary-exit' }, texts.secondaryExit),
    el(
      'div',
      { class: 'exit-bar' },
      link(
        { part: 'exit', class: 'exit' },
        el('span', { class: 'visually-hidden' }, `${texts.exitHidden} `),
        texts.exit,
        el(
          'span',
          { class: 'presses', 'aria-hidden': 'true' },
          ...Array.from({ length: PRESSES_TO_EXIT }, () => el('span', { class: 'press ' })),
        ),
      ),
      el('span', { class: 'visually-hidden', role: 'status' }),
    ),
  ];
}

/**
 * Draws the first screen of one <vif-help> not yet defined, in a shadow root of its own; for
 * view="launcher", its button, which calls `onOpen` when it opens its dialog.
 */
export function paintFirstScreen(host: HTMLElement, onOpen?: () => void): void {
  const raw = Object.fromEntries(
    ATTRIBUTES.map(({ attribute, property }) => [property, host.getAttribute(attribute)]),
  );
  const { config } = readConfig(raw);
  const locale = resolveElementLocale(host);
  const texts = locale === 'fr' ? FIRST_PAINT_TEXTS : FIRST_PAINT_TRANSLATIONS[locale];
  if (config.view === 'launcher') {
    drawLauncher(host, {
      texts: { label: texts.launcher, close: texts.close },
      locale,
      onOpen,
      paint: (widget) => paintFirstScreen(widget),
    });
    return;
  }
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = STYLES.map((style) => style.styleSheet!);
  root.append(
    el(
      'div',
      {
        class: `root ${config.theme} view-${config.view}`,
        lang: locale,
        dir: directionOf(locale),
        [FIRST_PAINT_MARK]: '',
      },
      ...(config.quickExit ? exitBar(config.exitUrl, texts) : []),
      ...(config.view === 'emergency'
        ? emergencyBand(config.headingLevel, config.helpUrl, locale, texts)
        : fullView(host, config.headingLevel, config.quickExit, locale, texts)),
    ),
  );
}

/**
 * Draws the first screen of every <vif-help> of the document that has no shadow root yet, where
 * the browser adopts constructed style sheets (elsewhere the element draws it when it arrives).
 * Says what it drew: nothing, or only launchers (whose opening calls `onOpen`), or screens.
 */
export function paintFirstScreens(onOpen: () => void): 'nothing' | 'launchers' | 'screens' {
  const hosts = [...document.querySelectorAll('vif-help')].filter((host) => !host.shadowRoot);
  if (hosts.length === 0) return 'nothing';
  const launchers = hosts.every(
    (host) => readConfig({ view: host.getAttribute('view') }).config.view === 'launcher',
  );
  // Only the style sheets it needs: a page of launchers does not build the first screen's.
  if ([launcherStyles, ...(launchers ? [] : STYLES)].some((style) => !style.styleSheet))
    return 'nothing';
  hosts.forEach((host) => paintFirstScreen(host as HTMLElement, onOpen));
  return launchers ? 'launchers' : 'screens';
}
