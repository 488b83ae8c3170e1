import { expect } from '@open-wc/testing';
import { createHelpModel, fallbackLines, numbersInOrder } from '../../src/help/model.js';
import {
  EMPTY_REQUEST,
  needsAnswers,
  reduceRequest,
  type HelpRequest,
} from '../../src/help/request.js';
import { resolveCommune } from '../../src/data/communes.js';
import { EMPTY_SHELL, focusAfter, reduceShell } from '../../src/components/vif-help/shell.js';
import { needsChecking } from '../../src/data/doubt.js';
import { everyEntryFor } from '../../src/help/every-entry.js';
import { ANSWERS, CATEGORIES, CONTACTS, PATHS } from '../../src/data/generated/data.js';
import type { Contact } from '../../src/data/types.js';

// The help model is pure: these tests give it the bundled data and a request, and read its view;
// no element, no DOM.
const NOW = new Date('2026-12-02T10:00:00Z');

const dataFor = everyEntryFor;

const ask = (changes: Partial<HelpRequest> = {}): HelpRequest => ({ ...EMPTY_REQUEST, ...changes });
const tel = (contact: Contact) => contact.channels[0]?.href;

describe('help model: what a resident is shown', () => {
  it('gives Lille its four first doors and groups, with nothing asked', () => {
    const view = createHelpModel().view(dataFor('59350'), ask(), ANSWERS, NOW);
    expect(view.groups.map((group) => group.id)).to.deep.equal([
      'commune',
      'metropole',
      'national',
    ]);
    const commune = view.groups[0]!;
    expect(commune.doors.map((door) => door.kind)).to.deep.equal([
      'mairie',
      'police',
      'justice',
      'victimes',
    ]);
    expect(commune.intro).to.equal(false);
    expect(view.lines).to.deep.equal([]);
    expect(view.status.kind).to.equal('found');
    expect(view.typing).to.equal(false);
    expect(view.lead).to.equal(null);
    // The count is every contact listed: each group's total (its doors with a contact included).
    const total = view.groups.reduce((sum, group) => sum + group.total, 0);
    expect(view.status).to.deep.equal({ kind: 'found', count: total });
  });

  it('says where « Voir les N autres » starts, in every group, so focus can land there', () => {
    const model = createHelpModel();
    const data = dataFor('59350');
    const before = model.view(data, ask(), ANSWERS, NOW);
    const paged = before.groups.filter((group) => group.hidden > 0);
    expect(paged.map((group) => group.id)).to.include('commune');
    for (const group of paged) {
      const after = model.view(
        data,
        reduceRequest(ask(), { type: 'more', group: group.id }),
        ANSWERS,
        NOW,
      );
      const opened = after.groups.find((candidate) => candidate.id === group.id)!;
      expect(opened.hidden, group.id).to.equal(0);
      expect(opened.cards.length, group.id).to.equal(group.cards.length + group.hidden);
      // The card at firstNew is the first one that was not on screen before.
      expect(group.firstNew, group.id).to.equal(group.cards.length);
      expect(group.cards, group.id).to.not.include(opened.cards[opened.firstNew]);
      expect(opened.cards.slice(0, opened.firstNew), group.id).to.deep.equal(group.cards);
    }
  });

  it('tells a commune without a place of help of its own so, above its doors (Wicres)', () => {
    const view = createHelpModel().view(dataFor('59658'), ask(), ANSWERS, NOW);
    const commune = view.groups.find((group) => group.id === 'commune')!;
    expect(commune.intro).to.equal(true);
    expect(commune.doors).to.have.length(4);
    expect(view.groups.map((group) => group.id)).to.not.include('national');
  });

  it('gives 17 and 3919 when nothing matches, and says what was asked, trimmed', () => {
    const view = createHelpModel().view(
      dataFor('59350'),
      ask({ query: '   zzqxw vvkjq   ' }),
      ANSWERS,
      NOW,
    );
    expect(view.status).to.deep.equal({ kind: 'none', query: 'zzqxw vvkjq' });
    expect(view.lines.map(tel)).to.include.members(['tel:17', 'tel:3919']);
    expect(view.groups.every((group) => group.cards.length === 0)).to.equal(true);
  });

  it('derives the fallback lines from the first screen: the lines one can call, not the SMS', () => {
    const lines = fallbackLines(CONTACTS.filter((contact) => contact.highlight));
    expect(lines.map((line) => line.id)).to.deep.equal([
      'police-secours-17',
      '3919-violences-femmes-info',
    ]);
  });

  it('reads a query once, trimmed: spaces around it change nothing', () => {
    const model = createHelpModel();
    const data = dataFor('59350');
    const plain = model.view(data, ask({ query: 'avocat' }), ANSWERS, NOW);
    const spaced = model.view(data, ask({ query: '  avocat ' }), ANSWERS, NOW);
    expect(spaced.query).to.equal('avocat');
    expect(spaced.typing).to.equal(true);
    expect(numbersInOrder(spaced)).to.deep.equal(numbersInOrder(plain));
    expect(spaced.relatedAnswers.map((a) => a.id)).to.deep.equal(
      plain.relatedAnswers.map((a) => a.id),
    );
  });

  it('puts the answer first when no contact covers the query as typed, and not again below', () => {
    const view = createHelpModel().view(
      dataFor('59350'),
      ask({ query: 'je n’ai plus d’argent' }),
      ANSWERS,
      NOW,
    );
    expect(view.lead).to.not.equal(null);
    expect(view.relatedAnswers).to.not.include(view.lead);
    expect(view.lines.map(tel)).to.include.members(['tel:17', 'tel:3919']);
  });

  it('keeps the numbers first, with no lead answer, when contacts cover the query', () => {
    const view = createHelpModel().view(dataFor('59350'), ask({ query: 'avocat' }), ANSWERS, NOW);
    expect(view.status.kind).to.equal('found');
    expect(view.lead).to.equal(null);
  });

  it('finds situations for a query even before the answers have loaded', () => {
    const view = createHelpModel().view(
      dataFor('59350'),
      ask({ query: 'dormir ce soir' }),
      null,
      NOW,
    );
    expect(view.relatedAnswers).to.deep.equal([]);
    expect(view.answers).to.deep.equal([]);
    expect(view.relatedPaths.length).to.be.within(1, 2);
  });

  it('shows a chosen situation with at most three of its own answers', () => {
    const path = PATHS.find((candidate) => candidate.answers.length > 0)!;
    const view = createHelpModel().view(dataFor('59350'), ask({ path: path.id }), ANSWERS, NOW);
    expect(view.path).to.equal(path);
    expect(view.pathAnswers.length).to.be.within(1, 3);
    expect(view.pathAnswers.every((answer) => path.answers.includes(answer.id))).to.equal(true);
    expect(
      createHelpModel().view(dataFor('59350'), ask({ path: 'no-such' }), ANSWERS, NOW).path,
    ).to.equal(null);
  });

  it('offers only the filters of the contacts in scope, and counts those on', () => {
    const data = dataFor('59350', { categories: CATEGORIES.filter((c) => c.id !== 'sante') });
    const view = createHelpModel().view(
      data,
      ask({ categories: new Set(['police']), openNow: true }),
      ANSWERS,
      NOW,
    );
    expect(view.filters.map((c) => c.id)).to.not.include('sante');
    expect(view.activeFilters).to.equal(2);
  });

  it('flags doubt when a card or door on screen is « À vérifier », and only then', () => {
    const model = createHelpModel();
    for (const insee of ['59350', '59658', '59650']) {
      const view = model.view(dataFor(insee), ask(), ANSWERS, NOW);
      const shown = view.groups.flatMap((group) => [
        ...group.doors.flatMap((door) => door.contact ?? []),
        ...group.cards,
      ]);
      expect(view.doubted, insee).to.equal(shown.some(needsChecking));
    }
  });

  it('adds partner contacts first in their group, or lets them replace the directory', () => {
    const own = CONTACTS.find((contact) => contact.scope.type === 'metropole')!;
    const partner: Contact = { ...own, id: 'partner-ccas', name: { fr: 'CCAS partenaire' } };
    const model = createHelpModel();
    const extended = model.view(dataFor('59350', { partner: [partner] }), ask(), ANSWERS, NOW);
    const metropole = extended.groups.find((group) => group.id === 'metropole')!;
    expect(metropole.cards[0]).to.equal(partner);
    expect(extended.fromPage.has(partner)).to.equal(true);
    expect(extended.scoped.has(own.id)).to.equal(true);
    const replaced = model.view(
      dataFor('59350', { partner: [partner], contactsMode: 'replace' }),
      ask(),
      ANSWERS,
      NOW,
    );
    expect([...replaced.scoped.keys()]).to.deep.equal(['partner-ccas']);
  });

  it('tells when « Ouvert maintenant » leaves nothing near open', () => {
    const sundayNight = new Date('2026-12-06T02:00:00Z');
    const view = createHelpModel().view(
      dataFor('59658'),
      ask({ openNow: true }),
      ANSWERS,
      sundayNight,
    );
    const near = view.groups.filter((group) => group.id !== 'national' && group.cards.length > 0);
    expect(view.allClosed).to.equal(near.length === 0);
  });
});

describe('help request: one reducer', () => {
  it('typing replaces a situation, but spaces alone do not', () => {
    const chosen = reduceRequest(EMPTY_REQUEST, { type: 'path', id: 'dormir' });
    expect(chosen.path).to.equal('dormir');
    expect(reduceRequest(chosen, { type: 'query', query: '   ' }).path).to.equal('dormir');
    const typed = reduceRequest(chosen, { type: 'query', query: 'avocat' });
    expect(typed).to.include({ path: null, query: 'avocat' });
  });

  it('choosing a situation clears the query; choosing it again unselects it', () => {
    const typed = reduceRequest(EMPTY_REQUEST, { type: 'query', query: 'avocat' });
    const chosen = reduceRequest(typed, { type: 'path', id: 'dormir' });
    expect(chosen).to.include({ path: 'dormir', query: '' });
    expect(reduceRequest(chosen, { type: 'path', id: 'dormir' }).path).to.equal(null);
  });

  it('any new question, and another commune, close the groups again', () => {
    const opened = reduceRequest(EMPTY_REQUEST, { type: 'more', group: 'metropole' });
    expect([...opened.expanded]).to.deep.equal(['metropole']);
    for (const action of [
      { type: 'query', query: 'x' },
      { type: 'path', id: 'dormir' },
      { type: 'category', id: 'police', on: true },
      { type: 'open-now', on: true },
      { type: 'commune' },
    ] as const)
      expect(reduceRequest(opened, action).expanded.size, action.type).to.equal(0);
  });

  it('filters add and remove categories without touching the original', () => {
    const on = reduceRequest(EMPTY_REQUEST, { type: 'category', id: 'police', on: true });
    expect([...on.categories]).to.deep.equal(['police']);
    expect(EMPTY_REQUEST.categories.size).to.equal(0);
    expect(
      reduceRequest(on, { type: 'category', id: 'police', on: false }).categories.size,
    ).to.equal(0);
  });

  it('asks for the answers once something is typed or a situation chosen', () => {
    expect(needsAnswers(EMPTY_REQUEST)).to.equal(false);
    expect(needsAnswers(ask({ query: '  ' }))).to.equal(false);
    expect(needsAnswers(ask({ query: 'plainte' }))).to.equal(true);
    expect(needsAnswers(ask({ path: 'dormir' }))).to.equal(true);
  });
});

describe('the element’s one state (shell.ts)', () => {
  const lille = resolveCommune('59350');
  const commune = lille.kind === 'found' ? lille.commune : null!;

  it('picking a commune closes the picker and the groups, and keeps what was asked', () => {
    let state = reduceShell(EMPTY_SHELL, { type: 'toggle', key: 'picker' });
    state = reduceShell(state, { type: 'query', query: 'avocat' });
    state = reduceShell(state, { type: 'more', group: 'commune' });
    expect(state.opened.has('picker')).to.equal(true);
    const picked = reduceShell(state, { type: 'pick', commune });
    expect(picked.opened.has('picker')).to.equal(false);
    expect(picked.request.expanded.size).to.equal(0);
    expect(picked.request.query).to.equal('avocat');
  });

  it('sends focus to the heading of what opens, and to the first new card of a group', () => {
    expect(focusAfter(EMPTY_SHELL, { type: 'protect' })).to.deep.equal({
      selector: '#protect-title',
    });
    const open = reduceShell(EMPTY_SHELL, { type: 'protect' });
    expect(open.opened.has('protect')).to.equal(true);
    // Closing it leaves focus on the banner's button.
    expect(focusAfter(open, { type: 'protect' })).to.equal(null);
    expect(reduceShell(open, { type: 'protect' }).opened.has('protect')).to.equal(false);
    expect(focusAfter(EMPTY_SHELL, { type: 'questions' })).to.deep.equal({
      selector: '#questions-title',
    });
    // « Vos questions » from the needs opens it, and never closes it.
    const questions = reduceShell(EMPTY_SHELL, { type: 'questions' });
    expect(reduceShell(questions, { type: 'questions' }).opened.has('questions')).to.equal(true);
    expect(focusAfter(EMPTY_SHELL, { type: 'more', group: 'metropole' })).to.deep.equal({
      group: 'metropole',
    });
    expect(focusAfter(EMPTY_SHELL, { type: 'query', query: 'x' })).to.equal(null);
  });
});
