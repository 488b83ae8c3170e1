import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness } from './support/browser.mjs';

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness.close());

test('printed, the widget is a clean list of the numbers and of the commune’s contacts', async () => {
  const { page, context } = await harness.open('/');
  const widget = page.locator('vif-help');
  // What a printed page leaves out: each is on screen first, so that its absence on paper is the
  // print rule's doing.
  const controls = {
    'the quick exit': widget.locator('[part~="exit"]'),
    'the search field': widget.getByRole('searchbox'),
    'the safety line': widget.getByRole('button', { name: /Protéger votre navigation/ }),
    'the commune toggle': widget.getByRole('button', { name: 'Changer de commune' }),
    'the other lines toggle': widget.getByRole('button', { name: /Autres lignes d’écoute/ }),
    'the situations': widget.getByRole('group', { name: 'Votre situation' }),
    'the filters button': widget.getByRole('button', { name: 'Filtrer' }),
    'the questions': widget.getByRole('heading', { name: 'Vos questions' }),
  };
  for (const [name, locator] of Object.entries(controls))
    assert.equal(await locator.first().isVisible(), true, `${name}, on screen`);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await widget.locator('[part~="emergency"] a[href="tel:17"]').isVisible(), true);
  assert.equal(
    await widget.getByRole('heading', { name: 'Hôtel de police de Lille' }).isVisible(),
    true,
  );
  for (const [name, locator] of Object.entries(controls))
    assert.equal(await locator.first().isVisible(), false, `${name}, printed`);
  await context.close();
});
