import { expect } from '@open-wc/testing';
import { createHelpModel, numbersInOrder, type HelpView } from '../../src/help/model.js';
import { EMPTY_REQUEST } from '../../src/help/request.js';
import { readViewpoint } from '../../src/search/viewpoint.js';
import { everyEntryFor } from '../../src/help/every-entry.js';
import { ANSWERS, CONTACTS } from '../../src/data/generated/data.js';

interface Query {
  query: string;
  lang: string;
  commune: string;
  /** Numbers that must be among the first five. */
  expect: string[];
  /** Who is speaking, for the viewpoint cases. */
  speaker?: 'victim' | 'author' | 'witness' | 'unknown';
  /** Numbers that may come first; `expect` when absent. */
  first?: string[];
  /** Answer ids, one of which the query must list. */
  answers?: string[];
}

/** Recall at 5 the query set must reach: the share of expected numbers among the first five. */
const RECALL_AT_5 = 0.95;
/** Precision at 1: the share of queries whose first result is one that may come first. */
const PRECISION_AT_1 = 0.9;
/** The line for people who want to stop being violent, as numbersInOrder writes it. */
const AUTHORS_LINE = CONTACTS.find((contact) => contact.audiences.includes('auteurs'))!
  .channels.find((channel) => channel.type === 'tel')!
  .href.replace(/^tel:\+33/, '0');

const percent = (share: number) => `${(share * 100).toFixed(1)} %`;

describe('the residents’ query set (test/search/queries.json)', () => {
  let queries: Query[] = [];
  const results = new Map<Query, string[]>();
  const views = new Map<Query, HelpView>();

  before(async () => {
    ({ queries } = (await (await fetch('/test/search/queries.json')).json()) as {
      queries: Query[];
    });
    // The help model, as the widget calls it: one per commune, every query a request of it.
    const models = new Map<string, ReturnType<typeof createHelpModel>>();
    for (const entry of queries) {
      if (!models.has(entry.commune)) models.set(entry.commune, createHelpModel());
      const view = models
        .get(entry.commune)!
        .view(
          everyEntryFor(entry.commune),
          { ...EMPTY_REQUEST, query: entry.query },
          ANSWERS,
          new Date('2026-12-02T10:00:00Z'),
        );
      views.set(entry, view);
      results.set(
        entry,
        numbersInOrder(view).filter((number) => number !== ''),
      );
    }
  });

  it('holds queries in French, English and Arabic, and at least 40 that say who is speaking', () => {
    expect([...new Set(queries.map((q) => q.lang))].sort()).to.deep.equal(['ar', 'en', 'fr']);
    expect(queries.length).to.be.at.least(100);
    const viewpoint = queries.filter((q) => q.speaker !== undefined);
    expect(viewpoint.length).to.be.at.least(40);
    expect([...new Set(viewpoint.map((q) => q.lang))].sort()).to.deep.equal(['ar', 'en', 'fr']);
  });

  it(`brings at least ${RECALL_AT_5 * 100} % of the expected numbers into the first five results`, () => {
    let expected = 0;
    let found = 0;
    const misses: string[] = [];
    for (const entry of queries) {
      const firstFive = results.get(entry)!.slice(0, 5);
      for (const number of entry.expect) {
        expected += 1;
        if (firstFive.includes(number)) found += 1;
        else
          misses.push(
            `${entry.lang} ${entry.commune} «${entry.query}» wants ${number}, got ${firstFive.join(' ')}`,
          );
      }
    }
    const recall = found / expected;
    console.log(`query set: recall at 5 = ${percent(recall)} (${found}/${expected})`);
    if (misses.length > 0) console.log(misses.join('\n'));
    expect(recall, misses.join('\n')).to.be.at.least(RECALL_AT_5);
  });

  it(`puts a right first result for at least ${PRECISION_AT_1 * 100} % of the queries`, () => {
    const scored = queries.filter((q) => (q.first ?? q.expect).length > 0);
    const wrong = scored.filter((q) => !(q.first ?? q.expect).includes(results.get(q)![0] ?? ''));
    const precision = 1 - wrong.length / scored.length;
    const viewpoint = scored.filter((q) => q.speaker !== undefined);
    const wrongViewpoint = wrong.filter((q) => q.speaker !== undefined);
    console.log(
      `query set: precision at 1 = ${percent(precision)} (${scored.length - wrong.length}/${scored.length}); ` +
        `viewpoint cases ${percent(1 - wrongViewpoint.length / viewpoint.length)} (${viewpoint.length - wrongViewpoint.length}/${viewpoint.length})`,
    );
    const lines = wrong.map(
      (q) =>
        `${q.lang} ${q.commune} «${q.query}» first ${results.get(q)![0] ?? 'nothing'}, wants one of ${(q.first ?? q.expect).join(' ')}`,
    );
    if (lines.length > 0) console.log(lines.join('\n'));
    expect(precision, lines.join('\n')).to.be.at.least(PRECISION_AT_1);
  });

  it('never lists the authors’ line among the first five results of a victim or a witness (harm at 5)', () => {
    const hurt = queries.filter((q) => q.speaker === 'victim' || q.speaker === 'witness');
    const harmed = hurt.filter((q) => results.get(q)!.slice(0, 5).includes(AUTHORS_LINE));
    console.log(`query set: harm at 5 = ${harmed.length}/${hurt.length}`);
    expect(
      harmed.map((q) => `«${q.query}»: ${results.get(q)!.slice(0, 5).join(' ')}`),
    ).to.deep.equal([]);
  });

  it('lists the authors’ line first for every author’s sentence', () => {
    const authors = queries.filter((q) => q.speaker === 'author');
    expect(authors.length).to.be.at.least(10);
    const late = authors.filter((q) => results.get(q)![0] !== AUTHORS_LINE);
    expect(late.map((q) => `«${q.query}»: ${results.get(q)!.join(' ')}`)).to.deep.equal([]);
  });

  it('lists the answer a question calls for among the answers it shows', () => {
    const asked = queries.filter((q) => q.answers !== undefined);
    expect(asked.length).to.be.at.least(3);
    const shown = (q: Query) => {
      const { lead, relatedAnswers } = views.get(q)!;
      return lead ? [lead, ...relatedAnswers] : relatedAnswers;
    };
    const missed = asked.filter((q) => !shown(q).some((answer) => q.answers!.includes(answer.id)));
    expect(missed.map((q) => q.query)).to.deep.equal([]);
  });

  it('reads who is speaking as the set says (reported)', () => {
    const labelled = queries.filter((q) => q.speaker !== undefined);
    const misread = labelled.filter((q) => readViewpoint(q.query).speaker !== q.speaker);
    console.log(
      `query set: point of view read right for ${labelled.length - misread.length}/${labelled.length}` +
        misread
          .map((q) => `\n  «${q.query}» read ${readViewpoint(q.query).speaker}, is ${q.speaker}`)
          .join(''),
    );
    // A misread victim is harm; the other misreadings only cost the order, measured above.
    const victimsMisread = misread.filter(
      (q) => q.speaker === 'victim' && readViewpoint(q.query).speaker === 'author',
    );
    expect(victimsMisread.map((q) => q.query)).to.deep.equal([]);
  });
});
