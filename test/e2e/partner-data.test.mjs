import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, PARTNER_CONTACT } from './support/browser.mjs';

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness.close());

const valid = { contacts: [PARTNER_CONTACT] };

/** Opens the partner page with /partner/contacts.json answered by `answer(route)`. */
async function openWith(answer, path = '/partner.html', { settle = true } = {}) {
  return harness.open(path, {
    beforeGoto: (page) => page.route('**/partner/contacts.json', answer),
    settle,
  });
}
const json =
  (body, status = 200) =>
  (route) =>
    route.fulfill({
      status,
      contentType: 'application/json',
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

const contactNames = async (page) =>
  (
    await page
      .locator('vif-help')
      .locator('[part~="contact"] :is(h2, h3, h4, h5, h6)')
      .allTextContents()
  ).map((name) => name.trim());

async function expectRefused(page, reasonPattern) {
  const widget = page.locator('vif-help');
  await widget.locator('[part~="notice"]').getByText('n’ont pas pu être utilisés').waitFor();
  const errors = await page.evaluate(() => window.dataErrors);
  assert.equal(errors.length, 1);
  assert.match(errors[0].reasons.join('\n'), reasonPattern);
  // The widget's own data stays: the numbers and the usual directory.
  assert.equal(await widget.locator('[part~="emergency"] a[href="tel:17"]').count(), 1);
  assert.ok((await contactNames(page)).includes('Hôtel de police de Lille'));
  assert.ok(!(await contactNames(page)).includes('Permanence du partenaire'));
}

describe('partner data (contacts-src)', () => {
  test('valid data extends the directory, with its own numbers as links', async () => {
    const { page, context, problems } = await openWith(json(valid));
    const widget = page.locator('vif-help');
    await widget.getByRole('heading', { name: 'Permanence du partenaire' }).waitFor();
    assert.ok((await contactNames(page)).includes('Hôtel de police de Lille'));
    assert.equal(await widget.locator('a[href="tel:+33320000000"]').count(), 1);
    assert.deepEqual(await page.evaluate(() => window.dataErrors), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('contacts-mode="replace" replaces the directory but never the emergency numbers', async () => {
    const { page, context } = await harness.open('/partner.html', {
      beforeGoto: async (p) => {
        await p.route('**/partner/contacts.json', json(valid));
        await p.addInitScript(() =>
          document.addEventListener('DOMContentLoaded', () =>
            document.querySelector('vif-help').setAttribute('contacts-mode', 'replace'),
          ),
        );
      },
    });
    const widget = page.locator('vif-help');
    await widget.getByRole('heading', { name: 'Permanence du partenaire' }).waitFor();
    assert.deepEqual(await contactNames(page), ['Permanence du partenaire']);
    assert.equal(await widget.locator('[part~="emergency"] a[href="sms:114"]').count(), 1);
    await context.close();
  });

  test('malformed JSON is refused as a whole', async () => {
    const { page, context } = await openWith(json('{"contacts": [ { "id": '));
    await expectRefused(page, /not valid JSON/);
    await context.close();
  });

  test('a wrong schema is refused, with the path of what is wrong', async () => {
    const { page, context } = await openWith(
      json({ contacts: [{ ...PARTNER_CONTACT, categories: 'accueil' }] }),
    );
    await expectRefused(page, /\/contacts\/0\/categories: type/);
    await context.close();
  });

  test('a javascript: link or HTML in a text never reaches the page', async () => {
    const evil = { ...PARTNER_CONTACT, channels: [{ type: 'web', url: 'javascript:alert(1)' }] };
    const { page, context } = await openWith(json({ contacts: [evil] }));
    await expectRefused(page, /\/contacts\/0\/channels\/0\/url: pattern/);
    await context.close();

    const markup = { ...PARTNER_CONTACT, name: { fr: '<img src=x onerror=alert(1)>Permanence' } };
    const second = await openWith(json({ contacts: [markup] }));
    const widget = second.page.locator('vif-help');
    await widget.getByText('<img src=x onerror=alert(1)>Permanence').waitFor();
    assert.equal(await widget.locator('img').count(), 0);
    await second.context.close();
  });

  test('a contact that would take over an emergency number, or an unknown commune, is refused', async () => {
    const takeover = { ...PARTNER_CONTACT, id: 'police-secours-17' };
    const elsewhere = {
      ...PARTNER_CONTACT,
      id: 'ailleurs',
      scope: { type: 'communes', insee: ['75056'] },
    };
    const { page, context } = await openWith(json({ contacts: [takeover, elsewhere] }));
    await expectRefused(page, /already used by the widget[\s\S]*"75056" is not an INSEE code/);
    await context.close();
  });

  test('a 404 is refused', async () => {
    const { page, context } = await openWith(json({ error: 'not found' }, 404));
    await expectRefused(page, /answered 404/);
    await context.close();
  });

  test('a file over 256 KB is refused', async () => {
    const big = { contacts: [PARTNER_CONTACT], padding: 'x'.repeat(300 * 1024) };
    const { page, context } = await openWith(json(big));
    await expectRefused(page, /larger than 256 KB/);
    await context.close();
  });

  test('a server that does not answer within 8 s is given up, and says so while loading', async () => {
    // Opened without waiting for the widget to settle: it is loading for 8 s.
    const { page, context } = await openWith(() => {}, '/partner.html', { settle: false });
    const widget = page.locator('vif-help');
    await widget.getByText('Chargement des contacts de ce site…').waitFor();
    await expectRefused(page, /no answer within 8 s/);
    await context.close();
  });
});
