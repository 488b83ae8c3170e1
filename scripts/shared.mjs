// One data problem: where it is (file, entry, field), what is wrong and what would be right.
// Kept as objects so tests can match on the parts; formatted once, one line each, for the team.

/**
 * @typedef {{ file: string, id: string, field: string, wrong: string, right: string }} Problem
 */

/** @returns {Problem} */
export const problem = (file, id, field, wrong, right) => ({ file, id, field, wrong, right });

/** "data/contacts.json › cidff-lille › channels[0].number: … is wrong; … would be right" */
export const formatProblem = ({ file, id, field, wrong, right }) =>
  `data/${file} › ${id} › ${field}: ${wrong}; ${right}`;

/** How an entry is named in a problem: its id, or its position when the id is missing. */
export const entryName = (entry, index) =>
  typeof entry?.id === 'string' && entry.id !== '' ? entry.id : `#${index + 1}`;

/** A value as it appears in a message: strings quoted, the rest as JSON, long ones cut. */
export function quote(value) {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
