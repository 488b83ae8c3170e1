// Who a contact serves. Data scopes name a group of communes by id; the compiled module carries
// the group's communes instead, so the widget resolves a scope without the list of groups.

/**
 * The compiled form of a data scope: a group becomes `{ type: 'communes', insee, group }`.
 * @param {{ type: string, id?: string }} scope a valid scope of data/
 * @param {{ id: string, insee: string[] }[]} groups the groups of data/groups.json
 */
export function resolveScope(scope, groups) {
  if (scope.type !== 'group') return scope;
  const group = groups.find(({ id }) => id === scope.id);
  // data:check refused a scope that names no group before anything resolves it.
  if (!group) throw new Error(`no group ${scope.id} in data/groups.json`);
  return { type: 'communes', insee: group.insee, group: group.id };
}

/** Whether a compiled scope serves a commune: the widget's own rule, from src/data/scope.js. */
export { servesCommune } from '../../src/data/scope.js';
