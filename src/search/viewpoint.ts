import { normaliseText } from './normalise.js';

/**
 * Who a sentence speaks for. « il me frappe » tells what is done to the person typing: a victim.
 * « je frappe ma femme » tells what the person does: an author. « mon père frappe ma mère » tells
 * what one person does to another: a witness. Anything else (« avocat », « dormir ») is unknown.
 */
export type Speaker = 'victim' | 'author' | 'witness' | 'unknown';

export interface Reading {
  speaker: Speaker;
  /** A child, or a parent of the person typing, is the one hurt (« il frappe mon fils »). */
  child: boolean;
  /** The sentence says danger, a threat, killing or fear. */
  danger: boolean;
  /** Children are named as company (« avec mes enfants », "with my kids"), not as the ones hurt. */
  withChildren: boolean;
  /**
   * Someone else's violence is told as happening (« mon voisin frappe sa femme », "is beating",
   * « كيضرب »), not as past (« il l'a frappée ») or as a state of things (« se fait frapper »).
   */
  ongoing: boolean;
}

// Every list below is folded as queries are (lower case, no accents, apostrophes as spaces;
// Arabic without its marks, alef forms as ا, ta marbuta as ه, alef maqsura as ي).

/** French verbs (and their participles) of violence done to someone, by the start of the word. */
const FR_HARM = [
  'frapp',
  'tap',
  'bat',
  'cogn',
  'gifl',
  'viol',
  'agress',
  'harcel',
  'menac',
  'insult',
  'humili',
  'rabaiss',
  'etrangl',
  'pouss',
  'bless',
  'forc',
  'enferm',
  'maltrait',
  'abus',
  'brutalis',
  'touch',
  'terroris',
  'sequestr',
  'tue',
  'tuer',
  'crie',
  'hurl',
  'cass',
];
/** What a person says of themself when they use violence (« je suis violent »). */
const FR_AUTHOR_STATE = ['violent', 'violente', 'agressif', 'agressive', 'brutal', 'brutale'];
/** Words that start like a harm verb but name no act done to someone. */
const FR_NOT_HARM = new Set([
  ...FR_AUTHOR_STATE,
  'violents',
  'violentes',
  'violence',
  'violences',
  'viol',
  'viols',
  'bateau',
  'batiment',
  'tapis',
  'forces',
]);
/** Words that end a clause's subject: another person starts speaking of something else. */
const FR_SUBJECTS = new Set([
  'il',
  'elle',
  'ils',
  'elles',
  'on',
  'qu',
  'que',
  'qui',
  'tu',
  'vous',
  'nous',
  'mon',
  'ma',
  'mes',
  'son',
  'sa',
  'ses',
]);
/** Phrases by which someone says they lose control or want to stop their own violence. */
const FR_AUTHOR_PHRASES = [
  'me controler',
  'me maitriser',
  'perds le controle',
  'perdre le controle',
  'perdu le controle',
  'mes violences',
  'ma violence',
  'ma colere',
  'mon agressivite',
  'm emporte',
  'm enerve',
  'leve la main',
  'lever la main',
  'en colere',
  'arreter d etre violent',
  'arreter d etre violente',
];
/** Words that start a subject or stand for one, or for its object, before a present verb. */
const FR_SUBJECTS_BEFORE_VERB = [...FR_SUBJECTS, 'le', 'la', 'les', 'l', 'un', 'une'];
/** Words before a verb that make it past or a state: « a frappé », « se fait frapper ». */
const FR_AUXILIARIES = [
  'a',
  'ai',
  'as',
  'avait',
  'ont',
  'est',
  'ete',
  'etait',
  'fait',
  'fais',
  'faite',
];
const FR_CHILDREN = [
  'fils',
  'fille',
  'filles',
  'enfant',
  'enfants',
  'bebe',
  'bebes',
  'petit',
  'petits',
  'petite',
  'petites',
  'gamin',
  'gamins',
  'gamine',
  'gosse',
  'gosses',
  'ado',
  'neveu',
  'niece',
];
const FR_PARENTS = ['mere', 'maman', 'pere', 'papa', 'parents', 'parent'];
const FR_DANGER_STEMS = ['danger', 'menac', 'tuer', 'etrangl'];
const FR_DANGER_WORDS = [
  'tue',
  'tuera',
  'mort',
  'morte',
  'peur',
  'couteau',
  'arme',
  'armes',
  'fusil',
];

/** English verbs of violence done to someone, by the start of the word. */
const EN_HARM = [
  'hit',
  'beat',
  'hurt',
  'rape',
  'raping',
  'abus',
  'threat',
  'harass',
  'stalk',
  'chok',
  'strangl',
  'push',
  'shov',
  'slap',
  'kick',
  'punch',
  'attack',
  'assault',
  'insult',
  'frighten',
  'kill',
  'grab',
  'bull',
  'forc',
  'touch',
  'molest',
];
const EN_AUTHOR_STATE = ['violent', 'abusive', 'aggressive'];
/** How an English sentence says something is done to the speaker: "I was hit", "I'm being abused". */
const EN_PASSIVE = new Set(['was', 'been', 'being', 'got', 'get', 'getting', 'am', 'im', 'is']);
const EN_AUTHOR_PHRASES = [
  'my anger',
  'my temper',
  'my violence',
  'lose control',
  'lost control',
  'losing control',
  'control myself',
  'anger management',
  'stop being violent',
  'stop hitting',
  'stop hurting',
];
/** Who an English verb can be done to, other than the speaker. */
const EN_OTHERS = new Set([
  'my',
  'her',
  'him',
  'them',
  'his',
  'our',
  'someone',
  'wife',
  'husband',
  'partner',
  'girlfriend',
  'boyfriend',
  'kids',
  'children',
  'child',
  'son',
  'daughter',
  'baby',
  'family',
]);
const EN_CHILDREN = ['son', 'daughter', 'child', 'children', 'kid', 'kids', 'baby', 'babies'];
const EN_PARENTS = ['mum', 'mom', 'mother', 'dad', 'father', 'parents', 'stepfather', 'stepdad'];
const EN_DANGER_STEMS = ['danger', 'threat', 'kill', 'scared', 'afraid', 'frighten'];
const EN_DANGER_WORDS = ['fear', 'knife', 'gun', 'emergency'];

/** Arabic roots of violence done to someone, as they appear inside a word. */
const AR_HARM = [
  'ضرب',
  'اذي',
  'ؤذي',
  'وذي',
  'هدد',
  'غتصب',
  'عنف',
  'اهان',
  'يهين',
  'شتم',
  'قتل',
  'عتدي',
  'حرش',
  'خنق',
  'ركل',
  'صفع',
  'يسب',
  'لمس',
  'ضايق',
];
/**
 * A first-person imperfect: « أضرب » (I hit), « نضرب » (I hit, in Maghrebi Arabic), with a root
 * that cannot be read as a past verb of its own (« اغتصب » is "he raped").
 */
const AR_FIRST_PERSON = /^[ان](?:ضرب|ؤذي|وذي|اذي|هدد|عنف|شتم|قتل|خنق|ركل|صفع|ضايق|لمس)/;
/** « ضربتها », « ضربته »: I hit her, him. */
const AR_PAST_ON_OTHER = /^(?:ضرب|اذي|صفع|ركل|خنق|هدد)ت(?:ها|ه|هم)$/;
/** The speaker's own anger or violence: « غضبي », « عنفي »; « أتحكم », « أتوقف » (I control, I stop). */
const AR_AUTHOR_WORDS = ['غضبي', 'عنفي', 'عصبيتي', 'اتحكم', 'اتوقف'];
/** Someone the speaker can hurt: « زوجتي » (my wife), « أولادي » (my children)… */
const AR_OTHERS = [
  'زوجتي',
  'زوجي',
  'مراتي',
  'امراتي',
  'اولادي',
  'اطفالي',
  'ابني',
  'ابنتي',
  'بنتي',
  'خطيبتي',
  'صديقتي',
];
const AR_CHILDREN = [
  'ابني',
  'ابنتي',
  'بنتي',
  'ولدي',
  'اولادي',
  'اطفالي',
  'طفلي',
  'الاطفال',
  'اطفال',
];
const AR_PARENTS = ['امي', 'ابي', 'والدي', 'والدتي', 'بابا', 'ماما'];
const AR_DANGER = ['خطر', 'هدد', 'تهديد', 'قتل', 'خايف', 'خائف', 'خوف', 'سكين', 'سلاح', 'نجده'];
/** « ضحية » (victim), « تعرضت » (I was subjected to), « اغتصبت » (I was raped). */
const AR_VICTIM_WORDS = ['ضحيه', 'تعرضت', 'اغتصبت'];

const startsWithAny = (word: string, stems: readonly string[]) =>
  stems.some((stem) => word.startsWith(stem));
const includesAny = (word: string, parts: readonly string[]) =>
  parts.some((part) => word.includes(part));
const hasPhrase = (folded: string, phrases: readonly string[]) =>
  phrases.some((phrase) => ` ${folded} `.includes(` ${phrase} `));

/** An English harm word: "hits", "raped", "bullying"; not "hitch" or "bullet". */
const isEnglishHarm = (word: string) =>
  startsWithAny(word, EN_HARM) &&
  !['bullet', 'hitch', 'abusive', 'abuser', 'abusers', 'abuse', 'force', 'forces'].includes(word);

/** A French harm word; "bateau", "tapis", "touche" of a phone are the rare words it also takes. */
const isFrenchHarm = (word: string) => startsWithAny(word, FR_HARM) && !FR_NOT_HARM.has(word);

/** An Arabic word that holds a root of violence. */
const arabicHarm = (word: string) => includesAny(word, AR_HARM);

interface Clauses {
  victim: boolean;
  author: boolean;
  /** A violent verb done by someone other than the speaker to someone other than the speaker. */
  other: boolean;
  /** The one hurt is a child or a parent, or a parent hurts the speaker. */
  child: boolean;
  /** A violent verb of someone else's, in the present: « frappe », "is beating", « يضرب ». */
  ongoing: boolean;
}

function readFrench(words: readonly string[], folded: string): Clauses {
  const found: Clauses = {
    victim: false,
    author: false,
    other: false,
    child: false,
    ongoing: false,
  };
  const near = (from: number, to: number, list: readonly string[]) =>
    words.slice(Math.max(0, from), to).some((word) => list.includes(word));
  words.forEach((word, at) => {
    if (!isFrenchHarm(word)) return;
    const before = words.slice(Math.max(0, at - 3), at);
    // « me frappe », « m'a violée », « me fait peur »: the speaker is the one it is done to.
    const objectMe = before.some((w) => w === 'me' || w === 'm');
    // The subject of « me »: « je me fais frapper » is still done to the speaker, « je me bats » is not.
    const reflexive = before.includes('je') || before.includes('j');
    const madeTo = before.some((w) => ['fais', 'fait', 'faite', 'laisse'].includes(w));
    // « je suis battue », « j'ai été violée », « j'étais frappée »: a passive.
    const passive = before.some((w) => ['suis', 'ete', 'etais', 'etre'].includes(w));
    const childObject = near(at + 1, at + 4, FR_CHILDREN) || near(at + 1, at + 4, FR_PARENTS);
    if ((objectMe && (!reflexive || madeTo)) || passive) {
      found.victim = true;
      // « mon père me frappe »: a parent hurts the one typing, likely a child.
      if (near(at - 4, at, FR_PARENTS)) found.child = true;
      return;
    }
    // « je frappe », « j'ai giflé ma copine », « je la tape », « je veux arrêter de frapper ».
    let subjectIsMe = false;
    for (let back = at - 1; back >= Math.max(0, at - 5); back--) {
      const w = words[back]!;
      if (w === 'je' || w === 'j') {
        subjectIsMe = true;
        break;
      }
      if (FR_SUBJECTS.has(w) || w === 'me' || w === 'm') break;
    }
    if (subjectIsMe) found.author = true;
    else {
      found.other = true;
      // « mon voisin frappe », « il la bat »: a present verb after its subject; not « frapper »,
      // « a frappé », « l'a battue », nor a noun (« agression sexuelle »).
      if (
        (/(?:e|ent)$/.test(word) || word === 'bat') &&
        near(at - 3, at, FR_SUBJECTS_BEFORE_VERB) &&
        !near(at - 2, at, FR_AUXILIARIES)
      )
        found.ongoing = true;
    }
    // « ma fille de 16 ans se fait frapper », « la petite d'à côté est maltraitée »: a child is
    // the subject of what is done.
    const childSubject =
      !subjectIsMe && (madeTo || before.includes('est')) && near(at - 6, at, FR_CHILDREN);
    if (childObject || childSubject) found.child = true;
  });
  if (hasPhrase(folded, ['en train'])) found.ongoing = true;
  // « je suis violent », « je deviens agressive ».
  words.forEach((word, at) => {
    if (
      FR_AUTHOR_STATE.includes(word) &&
      near(at - 3, at, ['je', 'j']) &&
      near(at - 2, at, ['suis', 'deviens', 'devenu', 'devenue'])
    )
      found.author = true;
  });
  // « mon mari est violent »: someone close is violent, said by the one who lives with it.
  words.forEach((word, at) => {
    if (
      (FR_AUTHOR_STATE.includes(word) || word === 'violents' || word === 'violentes') &&
      near(at - 3, at, ['mon', 'ma', 'il', 'elle']) &&
      !near(at - 3, at, ['je', 'j'])
    )
      found.victim = true;
  });
  if (
    hasPhrase(folded, FR_AUTHOR_PHRASES) &&
    (words.includes('je') ||
      words.includes('j') ||
      hasPhrase(folded, ['mes violences', 'ma violence', 'ma colere']))
  )
    found.author = true;
  if (words.includes('victime') && !found.author) found.victim = true;
  return found;
}

function readEnglish(words: readonly string[], folded: string): Clauses {
  const found: Clauses = {
    victim: false,
    author: false,
    other: false,
    child: false,
    ongoing: false,
  };
  const near = (from: number, to: number, list: readonly string[]) =>
    words.slice(Math.max(0, from), to).some((word) => list.includes(word));
  words.forEach((word, at) => {
    if (!isEnglishHarm(word)) return;
    const after = words.slice(at + 1, at + 4);
    const before = words.slice(Math.max(0, at - 3), at);
    const childObject = near(at + 1, at + 4, EN_CHILDREN) || near(at + 1, at + 4, EN_PARENTS);
    // "hits me", "threatens to kill me"; "I was raped", "I'm being abused".
    if (
      after.includes('me') ||
      (before.some((w) => EN_PASSIVE.has(w)) && (before.includes('i') || before.includes('im')))
    ) {
      found.victim = true;
      if (near(at - 3, at, EN_PARENTS)) found.child = true;
      return;
    }
    // "I hit my wife", "I've hurt her", "I keep hitting him".
    let subjectIsMe = false;
    for (let back = at - 1; back >= Math.max(0, at - 4); back--) {
      const w = words[back]!;
      if (w === 'i') {
        subjectIsMe = true;
        break;
      }
      if (['he', 'she', 'they', 'my', 'his', 'her', 'you', 'we', 'who', 'that'].includes(w)) break;
    }
    if (subjectIsMe && (after.some((w) => EN_OTHERS.has(w)) || before.includes('stop')))
      found.author = true;
    else if (!subjectIsMe) {
      found.other = true;
      // "is beating", "are hitting", "hits": not "hit" or "beaten".
      if (
        (word.endsWith('ing') && near(at - 2, at, ['is', 'are', 'keeps'])) ||
        (word.endsWith('s') && !word.endsWith('ss'))
      )
        found.ongoing = true;
    }
    if (childObject) found.child = true;
  });
  words.forEach((word, at) => {
    if (
      EN_AUTHOR_STATE.includes(word) &&
      near(at - 3, at, ['i', 'im']) &&
      !near(at + 1, at + 3, ['husband', 'wife', 'partner'])
    )
      found.author = true;
  });
  // "my boyfriend is violent", "he is abusive".
  words.forEach((word, at) => {
    if (
      EN_AUTHOR_STATE.includes(word) &&
      near(at - 3, at, ['my', 'he', 'she']) &&
      !near(at - 3, at, ['i', 'im'])
    )
      found.victim = true;
  });
  if (hasPhrase(folded, EN_AUTHOR_PHRASES)) found.author = true;
  if (hasPhrase(folded, ['right now'])) found.ongoing = true;
  if ((words.includes('victim') || hasPhrase(folded, ['my abuser'])) && !found.author)
    found.victim = true;
  return found;
}

function readArabic(words: readonly string[]): Clauses {
  const found: Clauses = {
    victim: false,
    author: false,
    other: false,
    child: false,
    ongoing: false,
  };
  const near = (from: number, to: number, list: readonly string[]) =>
    words.slice(Math.max(0, from), to).some((word) => list.includes(word));
  words.forEach((word, at) => {
    if (AR_VICTIM_WORDS.includes(word)) found.victim = true;
    if (AR_AUTHOR_WORDS.includes(word)) found.author = true;
    // « العنف », « الضرب »: a noun, the violence spoken of, not someone doing it.
    if (!arabicHarm(word) || word.startsWith('ال')) return;
    const next = words[at + 1] ?? '';
    const childObject = near(at + 1, at + 3, AR_CHILDREN) || near(at + 1, at + 3, AR_PARENTS);
    // « يضربني » (he hits me), « يتحرش بي » (he harasses me), « يعتدي علي » (he attacks me).
    if ((word.endsWith('ني') && word.length >= 4) || next === 'بي' || next === 'علي') {
      found.victim = true;
      if (near(at - 2, at, AR_PARENTS)) found.child = true;
      return;
    }
    // « أضرب زوجتي », « أؤذي زوجتي »; « ضربت زوجتي » (I hit my wife).
    const firstPerson =
      AR_FIRST_PERSON.test(word) ||
      AR_PAST_ON_OTHER.test(word) ||
      (word.endsWith('ت') && near(at + 1, at + 3, AR_OTHERS));
    if (firstPerson) found.author = true;
    else {
      found.other = true;
      // « يضرب », « كيضرب » (Maghrebi present), not the past « ضرب ».
      if (/^(?:كي|تي|ي|ت)/.test(word)) found.ongoing = true;
    }
    if (childObject) found.child = true;
  });
  return found;
}

/**
 * Reads a sentence's point of view from its words alone: subject and object pronouns, verb forms
 * and possessives, in French, English and Arabic. A sentence that says both what is done to the
 * speaker and what the speaker does (« il me frappe et je le frappe ») is read as a victim's: the
 * line for authors is the one result that could harm a victim, so doubt goes to safety.
 */
export function readViewpoint(query: string): Reading {
  const folded = normaliseText(query);
  const words = folded.split(' ').filter((word) => word !== '');
  const clauses = [readFrench(words, folded), readEnglish(words, folded), readArabic(words)];
  const any = (key: keyof Clauses) => clauses.some((clause) => clause[key]);
  const speaker: Speaker = any('victim')
    ? 'victim'
    : any('author')
      ? 'author'
      : any('other')
        ? 'witness'
        : 'unknown';
  const danger = words.some(
    (word) =>
      startsWithAny(word, FR_DANGER_STEMS) ||
      FR_DANGER_WORDS.includes(word) ||
      startsWithAny(word, EN_DANGER_STEMS) ||
      EN_DANGER_WORDS.includes(word) ||
      includesAny(word, AR_DANGER),
  );
  // « j'ai 13 ans », "I'm 14", « عمري 15 سنة »: the one typing is a minor.
  const minor = words.some(
    (word, at) =>
      /^\d{1,2}$/.test(word) &&
      Number(word) < 18 &&
      ['ans', 'an', 'years', 'year', 'yo', 'سنه', 'سنوات', 'عام'].includes(words[at + 1] ?? '') &&
      !words
        .slice(Math.max(0, at - 3), at)
        .some((w) => FR_CHILDREN.includes(w) || EN_CHILDREN.includes(w)),
  );
  const withChildren = words.some((word, at) =>
    ['avec', 'with', 'مع'].includes(words[at - 1] ?? '') ||
    ['avec', 'with'].includes(words[at - 2] ?? '')
      ? [...FR_CHILDREN, ...EN_CHILDREN, ...AR_CHILDREN, 'اولادي', 'ولادي'].includes(word)
      : false,
  );
  const child = any('child') || (minor && speaker === 'victim');
  return {
    speaker,
    child,
    danger,
    withChildren: withChildren && !child,
    ongoing: speaker === 'witness' && any('ongoing'),
  };
}
