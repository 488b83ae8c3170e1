import { normaliseText } from './normalise.js';

/**
 * Words that carry no need on their own, in French, English and Arabic: a query keeps the others
 * ("je sais pas où dormir ce soir" → "dormir soir"). A query made only of them keeps them all.
 * Negations and verbs that build the phrases of data/synonyms.json ("ne peux pas parler") are
 * read there first, before these are dropped.
 */
const WORDS = {
  fr: `a à ai as au aux avec avoir besoin c ca ça ce cet cette ces chez comme comment d dans de des
    dois doit du elle elles en es est et etre être fait faire il ils j je l la le les leur leurs
    lui m ma mais me mes moi mon n ne nos notre nous on ou où par pas peux peut plus pour pourquoi
    qu que quel quelle quels quelles qui quoi s sa sais sait se ses si son sont suis sur t ta te
    tes toi ton tres très tu un une veux veut vos votre vous y svp stp`,
  en: `a am an and are at be by can can't cant do does for from get have he her his how i i'm im
    in is it me my need of on or please she so that the their there they this to want we what
    where who with you your`,
  ar: `في من على الى إلى عن مع و او أو ما لم لن هل انا أنا انت أنت هو هي نحن انتم أنتم هم هذا هذه
    ذلك التي الذي كيف اين أين متى ماذا لماذا عند ان أن اريد أريد ممكن يا`,
};

export const STOP_WORDS: ReadonlySet<string> = new Set(
  Object.values(WORDS).flatMap((list) => normaliseText(list).split(' ')),
);
