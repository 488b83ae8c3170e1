// Who a contact serves: one rule for the widget (which contacts a commune's directory lists) and
// for the data scripts (the report, the first doors, the tests). Plain JavaScript with JSDoc
// types, so node imports it as it is (scripts/data/scope.mjs).

/** The département every commune of the metropolis belongs to. */
export const NORD = '59';

/**
 * Whether a compiled scope serves a commune of the metropolis (its INSEE code). With no commune
 * chosen (null), only what serves the whole metropolis, or wider, applies.
 * @param {{ type: string, code?: string, insee?: readonly string[] }} scope
 * @param {string | null} insee
 * @returns {boolean}
 */
export function servesCommune(scope, insee) {
  switch (scope.type) {
    case 'national':
    case 'metropole':
      return true;
    case 'departement':
      return scope.code === NORD;
    case 'communes':
      return insee !== null && (scope.insee ?? []).includes(insee);
    default:
      return false;
  }
}
