import { expect } from '@open-wc/testing';
import { readViewpoint, type Speaker } from '../../src/search/viewpoint.js';
import { orderForReading, type ReadingTraits } from '../../src/search/order-for-reading.js';

const speakerOf = (query: string) => readViewpoint(query).speaker;

describe('readViewpoint', () => {
  const cases: [string, Speaker][] = [
    ['il me frappe', 'victim'],
    ['mon mari me frappe', 'victim'],
    ['il m’a violée', 'victim'],
    ['mon ex me harcèle', 'victim'],
    ['je me fais frapper par mon compagnon', 'victim'],
    ['j’ai été violée', 'victim'],
    ['mon mari est violent', 'victim'],
    ['je frappe ma femme', 'author'],
    ['j’ai giflé ma copine', 'author'],
    ['je la tape quand je bois', 'author'],
    ['je n’arrive plus à me contrôler avec elle', 'author'],
    ['je suis violent', 'author'],
    ['mon père frappe ma mère', 'witness'],
    ['my partner hurts me', 'victim'],
    ['my husband hits me', 'victim'],
    ['I was raped', 'victim'],
    ['my boyfriend is abusive', 'victim'],
    ['I hurt my partner', 'author'],
    ['I hit my wife', 'author'],
    ['I lose control with my girlfriend', 'author'],
    ['my dad hits my mum', 'witness'],
    ['زوجي يؤذيني', 'victim'],
    ['زوجي يضربني', 'victim'],
    ['يتحرش بي', 'victim'],
    ['أؤذي زوجتي', 'author'],
    ['ضربت زوجتي', 'author'],
    ['لا أستطيع التحكم في غضبي', 'author'],
    ['avocat', 'unknown'],
    ['dormir ce soir', 'unknown'],
    ['violences conjugales', 'unknown'],
    ['I hurt', 'unknown'],
    ['العنف', 'unknown'],
  ];
  for (const [query, speaker] of cases) {
    it(`reads «${query}» as ${speaker}'s`, () => expect(speakerOf(query)).to.equal(speaker));
  }

  it('gives the benefit of the doubt to safety: a sentence of both a victim and an author is a victim’s', () => {
    expect(speakerOf('il me frappe et je le frappe aussi')).to.equal('victim');
  });

  it('tells a child or a parent hurt, and a minor hurt, from a partner hurt', () => {
    expect(readViewpoint('il frappe mon fils').child).to.equal(true);
    expect(readViewpoint('mon père me frappe').child).to.equal(true);
    expect(readViewpoint('أبي يضرب أمي').child).to.equal(true);
    expect(readViewpoint('mon oncle me touche j’ai 13 ans').child).to.equal(true);
    expect(readViewpoint('mon mari me frappe').child).to.equal(false);
    expect(readViewpoint('mon conjoint me frappe devant les enfants').child).to.equal(false);
  });

  it('hears someone else’s violence told as happening, not as past or as a state of things', () => {
    for (const query of [
      'mon voisin frappe sa femme',
      'il est en train de la frapper',
      'my neighbour is beating his wife',
      'he hits her',
      'جاري كيضرب مرتو',
    ])
      expect(readViewpoint(query).ongoing, query).to.equal(true);
    for (const query of [
      'il l’a frappée hier',
      'comment aider une copine qui se fait frapper',
      'he hit her',
      'mon mari me frappe',
    ])
      expect(readViewpoint(query).ongoing, query).to.equal(false);
  });

  it('hears danger, threats, killing and fear, and children named as company', () => {
    expect(readViewpoint('il menace de me tuer').danger).to.equal(true);
    expect(readViewpoint('he says he will kill me').danger).to.equal(true);
    expect(readViewpoint('زوجي يهددني').danger).to.equal(true);
    expect(readViewpoint('mon mari me frappe').danger).to.equal(false);
    expect(readViewpoint('Armentières').danger).to.equal(false);
    expect(readViewpoint('dormir ce soir avec mes enfants').withChildren).to.equal(true);
    expect(readViewpoint('il frappe mes enfants').withChildren).to.equal(false);
  });
});

describe('orderForReading', () => {
  const none: ReadingTraits = {
    forAuthors: false,
    childLine: false,
    childOnly: false,
    emergencyFirst: false,
    victimLine: false,
    firstVictimLine: false,
    everyVictimLine: false,
  };
  const traits: Record<string, ReadingTraits> = {
    authors: { ...none, forAuthors: true },
    '119': { ...none, childLine: true, childOnly: true },
    '17': { ...none, emergencyFirst: true },
    '3919': { ...none, victimLine: true, firstVictimLine: true },
    '116006': { ...none, victimLine: true, everyVictimLine: true },
    police: none,
  };
  const all = Object.keys(traits);
  const order = (found: string[], query: string) =>
    orderForReading(found, all, readViewpoint(query), (id) => traits[id]!);

  it('puts the authors’ line first for an author, even when the words did not find it', () => {
    expect(order(['3919', 'police'], 'je frappe ma femme')).to.deep.equal([
      'authors',
      '3919',
      'police',
    ]);
  });

  it('never lists the authors’ line for a victim or a witness', () => {
    expect(order(['authors', '3919'], 'mon mari me frappe')).to.not.include('authors');
    expect(order(['authors', '119'], 'mon père frappe ma mère')).to.not.include('authors');
  });

  it('puts a line to talk to first for a victim, 17 first when in danger, 119 last for an adult', () => {
    expect(order(['119', 'police', '116006'], 'mon ex me harcèle')).to.deep.equal([
      '116006',
      'police',
      '119',
    ]);
    expect(order(['police'], 'il me frappe')).to.deep.equal(['3919', '116006', 'police']);
    expect(order(['3919', 'police'], 'il menace de me tuer')[0]).to.equal('17');
  });

  it('lists the line for every victim among the first for a victim the 3919 may not serve', () => {
    // « elle me frappe »: the one typing may be a man, whom the 3919 does not answer.
    expect(order(['3919', 'police'], 'elle me frappe').slice(0, 2)).to.deep.equal([
      '3919',
      '116006',
    ]);
  });

  it('puts the children’s line first when a child or a parent is hurt', () => {
    expect(order(['116006', 'police'], 'il frappe mon fils')[0]).to.equal('119');
    expect(order(['3919'], 'ma fille de 16 ans se fait frapper par son copain')[0]).to.equal('119');
    expect(order(['3919'], 'la petite d’à côté est maltraitée')[0]).to.equal('119');
    // A child sees a parent hurt: the 119, then the lines that answer those around a victim.
    expect(order(['police'], 'mon père frappe ma mère')).to.deep.equal([
      '119',
      '3919',
      '116006',
      'police',
    ]);
  });

  it('puts 17 first for a witness of violence happening, then the lines for those around a victim', () => {
    for (const query of [
      'mon voisin frappe sa femme',
      'my neighbour is beating his wife',
      'جاري كيضرب مرتو',
    ])
      expect(order(['116006', 'police'], query), query).to.deep.equal([
        '17',
        '3919',
        '116006',
        'police',
      ]);
    // Told as a state of things, not as happening: not the emergency line first.
    expect(order(['116006', 'police'], 'ma soeur se fait taper par son mec')[0]).to.equal('116006');
    expect(order(['3919', 'police'], 'agression sexuelle')).to.deep.equal(['3919', 'police']);
  });

  it('leaves the order as found when no one is speaking of themself', () => {
    expect(order(['police', 'authors', '119'], 'commissariat')).to.deep.equal([
      'police',
      'authors',
      '119',
    ]);
  });
});
