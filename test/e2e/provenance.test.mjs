// Every line a resident reads about where a card's facts come from is true (issue 21): in Lille
// and Wicres, in French, English and Arabic, every card of the directory is opened, and none
// flagged « À vérifier » says it was verified or confirmed; none shows a code-hosting site as its
// source. And the 3919's chat shows with its own hours, answering or not at a given time.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness } from './support/browser.mjs';
import { isCodeHost } from '../../src/data/provenance.js';

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness.close());

const LILLE = '59350';
const WICRES = '59658';

/** What a resident reads, per language: the button, the badge, the "more" buttons, the source. */
const WORDS = {
  fr: {
    details: /^Détails/,
    doubt: 'À vérifier',
    more: /^Voir (les \d+ autres|l’autre aide)$/,
    // The source's month, or for a page that gives no date, the month it was read, said so.
    according: /D'après .+, (page non datée, consultée en )?\p{L}+ \d{4}/u,
    undated: /D'après le site de la ville de Lille, page non datée, consultée en décembre 2026/,
    // Any claim that someone checked or confirmed the facts.
    claim: /vérifiées le|vérifié le|Confirmé (par téléphone|sur sa page officielle|sur place) le/i,
  },
  en: {
    details: /^Details/,
    doubt: 'To be checked',
    more: /^See the other( \d+| service)$/,
    according: /According to .+, (an undated page read in )?\p{L}+ \d{4}/u,
    undated: /According to the City of Lille website, an undated page read in December 2026/,
    claim: /checked on|verified on|Confirmed (by phone|on its official page|in person) on/i,
  },
  ar: {
    details: /^التفاصيل/,
    doubt: 'قيد التحقق',
    more: /^عرض (البقية|الجهة الأخرى)/,
    according: /بحسب .+، /u,
    undated: /بحسب موقع مدينة ليل .+، صفحة غير مؤرّخة اطُّلع عليها في/u,
    claim: /تم التحقق من المعلومات|تم التأكيد/,
  },
};

async function open(commune, lang, options = {}) {
  const query = new URLSearchParams({ commune, lang }).toString();
  const opened = await harness.open(`/resident.html?${query}`, {
    viewport: { width: 800, height: 900 },
    ...options,
  });
  await opened.page.evaluate(() => document.querySelector('vif-help').updateComplete);
  return opened;
}

/** Opens every group of the directory ("Voir les 4 autres"), until no such button is left. */
async function showEveryCard(widget, words) {
  for (let round = 0; round < 10; round += 1) {
    const more = widget.getByRole('button', { name: words.more });
    if ((await more.count()) === 0) return;
    await more.first().click();
  }
}

for (const commune of [LILLE, WICRES]) {
  for (const lang of ['fr', 'en', 'ar']) {
    describe(`every card's « Détails » in ${commune === LILLE ? 'Lille' : 'Wicres'} (${lang})`, () => {
      test('no card flagged « À vérifier » claims a verification; no source on a code-hosting site', async () => {
        const words = WORDS[lang];
        const { page, context } = await open(commune, lang);
        const widget = page.locator('vif-help');
        await showEveryCard(widget, words);
        const cards = widget.locator('[part~="contact"]').filter({
          has: page.getByRole('button', { name: words.details }),
        });
        const count = await cards.count();
        assert.ok(count >= (commune === LILLE ? 10 : 3), `${count} cards`);
        let flagged = 0;
        for (let i = 0; i < count; i += 1) {
          const card = cards.nth(i);
          const name = await card.getByRole('heading').first().innerText();
          const details = card.getByRole('button', { name: words.details });
          if ((await details.getAttribute('aria-expanded')) === 'false') await details.click();
          assert.equal(await details.getAttribute('aria-expanded'), 'true', name);
          const text = await card.innerText();
          // Where the facts come from, in the resident's words, with the source's month.
          assert.match(text, words.according, name);
          if (text.includes(words.doubt)) {
            flagged += 1;
            assert.doesNotMatch(text, words.claim, `${name} is « ${words.doubt} »`);
          }
          assert.doesNotMatch(text, /github|gitlab|bitbucket/i, name);
          const links = await card
            .getByRole('link')
            .evaluateAll((anchors) => anchors.map((anchor) => anchor.href));
          for (const href of links) assert.ok(!isCodeHost(href), `${name}: ${href}`);
        }
        // The data of today: most cards of these communes are still to be checked.
        assert.ok(flagged > 0, 'some cards are flagged');
        // A page that gives no date is not dated by the day it was read: the card says so.
        if (commune === LILLE) {
          const police = cards.filter({ hasText: /03 62 59 80 00/ }).first();
          assert.match(await police.innerText(), words.undated);
        }
        await context.close();
      });
    });
  }
}

describe('the 3919 chat', () => {
  /** Monday 7 December 2026 at 14:00 in Paris, and Saturday 12 December at 14:00. */
  const MONDAY_AFTERNOON = new Date('2026-12-07T13:00:00Z');
  const SATURDAY_AFTERNOON = new Date('2026-12-12T13:00:00Z');
  const at = (time) => ({
    timezoneId: 'Europe/Paris',
    beforeGoto: (page) => page.clock.setFixedTime(time),
  });

  /** The 3919 as a resident finds it by searching "3919": its row, and its chat under it. */
  async function chatCard(lang, time) {
    const opened = await open(LILLE, lang, at(time));
    const widget = opened.page.locator('vif-help');
    await widget.locator('[part~="search"]').fill('3919');
    const list = widget.locator('[part~="list"]');
    await list.getByRole('link', { name: /^3919/ }).first().waitFor();
    return {
      ...opened,
      list,
      card: list
        .locator('li')
        .filter({ has: opened.page.locator('a[href^="https:"]') })
        .first(),
    };
  }

  test('shows with its hours, and says it answers on a weekday afternoon (fr)', async () => {
    const { card, list, context } = await chatCard('fr', MONDAY_AFTERNOON);
    const chat = card.getByRole('link', { name: /Discuter par écrit/ });
    assert.equal(await chat.getAttribute('href'), 'https://www.solidaritefemmes.org/');
    const text = await card.innerText();
    assert.match(text, /Tchat du lundi au vendredi, de 13 h à 20 h/);
    assert.match(text, /Ouvert maintenant · ferme à 20/);
    assert.match(text, /historique du navigateur/);
    // The phone line itself answers at every hour.
    assert.match(await list.getByRole('link', { name: /^3919/ }).first().innerText(), /24 h\/24/);
    await context.close();
  });

  test('says when it answers again on a Saturday (en, ar)', async () => {
    for (const [lang, chatName, closed] of [
      ['en', /Chat online/, /Closed · opens on Monday at 1/],
      ['ar', /محادثة كتابية/, /مغلق/],
    ]) {
      const { card, context } = await chatCard(lang, SATURDAY_AFTERNOON);
      assert.equal(
        await card.getByRole('link', { name: chatName }).getAttribute('href'),
        'https://www.solidaritefemmes.org/',
      );
      const text = await card.innerText();
      assert.match(
        text,
        lang === 'en' ? /Chat Monday to Friday, 1 pm to 8 pm/ : /الدردشة من الاثنين إلى الجمعة/,
      );
      assert.match(text, closed, lang);
      await context.close();
    }
  });
});
