import { expect } from '@open-wc/testing';
import { splitLatinRuns } from '../../src/localization/latin-runs.js';

const runs = (text: string) =>
  splitLatinRuns(text)
    .filter(({ latin }) => latin)
    .map(({ text: run }) => run);

describe('splitLatinRuns', () => {
  it('finds the French terms an Arabic text keeps, whole, and nothing else', () => {
    expect(runs('أمر الحماية (« ordonnance de protection ») من قاضي شؤون الأسرة')).to.deep.equal([
      'ordonnance de protection',
    ]);
    expect(
      runs('أرسلوا الاستمارة cerfa 15458 إلى المحكمة القضائية (« tribunal judiciaire »)'),
    ).to.deep.equal(['cerfa 15458', 'tribunal judiciaire']);
    expect(runs('على موقع masecurite.interieur.gouv.fr، بواسطة FranceConnect.')).to.deep.equal([
      'masecurite.interieur.gouv.fr',
      'FranceConnect',
    ]);
    expect(runs("المساعدة (« aide universelle d'urgence »)")).to.deep.equal([
      "aide universelle d'urgence",
    ]);
    expect(runs('اتصلوا بالرقم 17 أو 112')).to.deep.equal([]);
  });

  it('keeps every character, in order, and leaves a final full stop to the sentence', () => {
    const text = 'اسألوا CAF. ثم اتصلوا بالرقم 116 006 أو بـ Point-justice.';
    const pieces = splitLatinRuns(text);
    expect(pieces.map((piece) => piece.text).join('')).to.equal(text);
    expect(runs(text)).to.deep.equal(['CAF', 'Point-justice']);
    expect(pieces.at(-1)).to.deep.equal({ text: '.', latin: false });
  });
});
