import { restoreLang } from '../support/lang.js';
import { expect, fixture, html } from '@open-wc/testing';
import { matchLocale, resolveElementLocale } from '../../src/localization/locale.js';

describe('matchLocale', () => {
  it('maps a tag to a supported locale by its primary language', () => {
    expect(matchLocale('fr')).to.equal('fr');
    expect(matchLocale('fr-FR')).to.equal('fr');
    expect(matchLocale('EN-gb')).to.equal('en');
    expect(matchLocale('ar-MA')).to.equal('ar');
    expect(matchLocale('en_US')).to.equal('en');
  });

  it('falls back to French for unsupported or malformed tags', () => {
    for (const tag of ['de', 'zh-Hans', '', '   ', '<b>', 'x'.repeat(1000)]) {
      expect(matchLocale(tag), tag).to.equal('fr');
    }
  });
});

describe('resolveElementLocale', () => {
  const originalLang = document.documentElement.getAttribute('lang');
  afterEach(() => restoreLang(originalLang));

  it('uses the element’s own lang first', async () => {
    const el = await fixture(html`<div lang="en"><span lang="ar-EG"></span></div>`);
    expect(resolveElementLocale(el.querySelector('span')!)).to.equal('ar');
  });

  it('else the nearest ancestor’s lang, across shadow roots', async () => {
    const outer = await fixture(html`<section lang="ar"><div></div></section>`);
    const host = outer.querySelector('div')!;
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('p');
    shadow.append(inner);
    expect(resolveElementLocale(inner)).to.equal('ar');
  });

  it('else <html lang>, else French', async () => {
    const el = await fixture(html`<div><span></span></div>`);
    document.documentElement.setAttribute('lang', 'en-GB');
    expect(resolveElementLocale(el.querySelector('span')!)).to.equal('en');
    document.documentElement.removeAttribute('lang');
    expect(resolveElementLocale(el.querySelector('span')!)).to.equal('fr');
  });

  it('lets the nearest lang decide even when unsupported', async () => {
    document.documentElement.setAttribute('lang', 'en');
    const el = await fixture(html`<div lang="de"><span></span></div>`);
    expect(resolveElementLocale(el.querySelector('span')!)).to.equal('fr');
  });
});
