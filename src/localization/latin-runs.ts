/**
 * A run of Latin script: words joined by spaces, commas, digits, hyphens, apostrophes, dots and
 * slashes ("ordonnance de protection", "cerfa 15458", "masecurite.interieur.gouv.fr"), and parts
 * joined by a spaced dash ("Hôtel de police de Lille - Euralille").
 */
const LATIN_RUN =
  /\p{Script=Latin}[\p{Script=Latin}\d'’.\-/]*(?:(?:[ ,]| [-–] )+[\p{Script=Latin}\d][\p{Script=Latin}\d'’.\-/]*)*/gu;

/**
 * Splits a right-to-left text into its own words and the runs of Latin script it keeps: the
 * French terms a translation puts beside its own ("أمر الحماية (« ordonnance de protection »)"),
 * names and addresses. The view marks each run French and left to right, so that it keeps its
 * order and a screen reader reads it in French. A full stop that ends a run ends the sentence.
 */
export function splitLatinRuns(text: string): { text: string; latin: boolean }[] {
  const pieces: { text: string; latin: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(LATIN_RUN)) {
    const run = match[0].replace(/\.+$/, '');
    if (match.index > last) pieces.push({ text: text.slice(last, match.index), latin: false });
    pieces.push({ text: run, latin: true });
    last = match.index + run.length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last), latin: false });
  return pieces;
}
