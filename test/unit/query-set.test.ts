import { expect } from '@open-wc/testing';
import { createDirectory, numbersInOrder } from '../../src/directory/directory.js';
import { createSearch } from '../../src/search/search.js';
import { contactFields } from '../../src/search/fields.js';
import { resolveCommune } from '../../src/data/communes.js';
import { CATEGORIES, CONTACTS, SYNONYMS } from '../../src/data/generated/data.js';

interface Query {
  query: string;
  lang: string;
  commune: string;
  expect: string[];
}

/** Recall at 5 the query set must reach: the share of expected numbers among the first five. */
const RECALL_AT_5 = 0.95;

describe('the residents’ query set (test/search/queries.json)', () => {
  it(`brings at least ${RECALL_AT_5 * 100} % of the expected numbers into the first five results`, async () => {
    const { queries } = (await (await fetch('/test/search/queries.json')).json()) as {
      queries: Query[];
    };
    const languages = new Set(queries.map((q) => q.lang));
    expect([...languages].sort()).to.deep.equal(['ar', 'en', 'fr']);
    expect(queries.length).to.be.at.least(60);
    const directories = new Map<string, ReturnType<typeof createDirectory>>();
    const directoryFor = (insee: string) => {
      if (!directories.has(insee)) {
        const resolved = resolveCommune(insee);
        directories.set(
          insee,
          createDirectory({
            contacts: CONTACTS,
            commune: resolved.kind === 'found' ? resolved.commune : null,
            allowedCategories: new Set(CATEGORIES.map((category) => category.id)),
            nationalLines: CONTACTS.filter((contact) => contact.highlight),
            createSearch: (items) => createSearch(items, contactFields(CATEGORIES), SYNONYMS),
          }),
        );
      }
      return directories.get(insee)!;
    };
    let expected = 0;
    let found = 0;
    const misses: string[] = [];
    for (const { query, commune, expect: numbers, lang } of queries) {
      const view = directoryFor(commune).view({
        query,
        path: null,
        categories: new Set(),
        openNow: false,
        now: new Date('2026-12-02T10:00:00Z'),
        expanded: new Set(),
      });
      const firstFive = numbersInOrder(view).slice(0, 5);
      for (const number of numbers) {
        expected += 1;
        if (firstFive.includes(number)) found += 1;
        else
          misses.push(`${lang} ${commune} «${query}» wants ${number}, got ${firstFive.join(' ')}`);
      }
    }
    const recall = found / expected;
    console.log(`query set: recall at 5 = ${(recall * 100).toFixed(1)} % (${found}/${expected})`);
    if (misses.length > 0) console.log(misses.join('\n'));
    expect(recall, misses.join('\n')).to.be.at.least(RECALL_AT_5);
  });
});
