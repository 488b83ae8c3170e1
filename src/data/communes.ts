import { COMMUNES } from './generated/core.js';
import { normaliseText } from '../search/normalise.js';
import type { Commune } from './types.js';

/** What a `commune` attribute designates. Never thrown: every input maps to one of these. */
export type CommuneResolution =
  | { kind: 'none' }
  | { kind: 'found'; commune: Commune; input: string }
  | { kind: 'ambiguous'; input: string; candidates: readonly Commune[] }
  | { kind: 'unknown'; input: string };

export interface CommuneIndex {
  readonly communes: readonly Commune[];
  readonly byCode: ReadonlyMap<string, Commune>;
  readonly byName: ReadonlyMap<string, Commune>;
  readonly byPostalCode: ReadonlyMap<string, readonly Commune[]>;
}

/** Longer inputs cannot be a commune; they are reported cut to this length. */
const MAX_INPUT_LENGTH = 80;
const FIVE_DIGITS = /^\d{5}$/;

export function buildCommuneIndex(communes: readonly Commune[]): CommuneIndex {
  const byCode = new Map<string, Commune>();
  const byPostalCode = new Map<string, Commune[]>();
  for (const commune of communes) {
    byCode.set(commune.insee, commune);
    for (const code of commune.formerCodes ?? []) byCode.set(code, commune);
    for (const postalCode of commune.postalCodes) {
      const list = byPostalCode.get(postalCode) ?? [];
      list.push(commune);
      byPostalCode.set(postalCode, list);
    }
  }
  // The folded names on first use only: a page names its commune by its code nearly always, and
  // folding 100 names took some 9 ms (4× CPU) of the task that takes over the first screen.
  let byName: ReadonlyMap<string, Commune> | undefined;
  return {
    communes,
    byCode,
    byPostalCode,
    get byName() {
      return (byName ??= foldedNames(communes));
    },
  };
}

/** Each commune under its name and its aliases, folded as typed names are. */
function foldedNames(communes: readonly Commune[]): Map<string, Commune> {
  const byName = new Map<string, Commune>();
  for (const commune of communes)
    for (const name of [commune.name, ...(commune.aliases ?? [])])
      byName.set(normaliseText(name), commune);
  return byName;
}

const defaultIndex = buildCommuneIndex(COMMUNES);

/**
 * Resolves what a webmaster or a resident typed: an INSEE code (which wins over a postal code
 * with the same digits), the INSEE code of an associated commune, a postal code, or a name in any
 * case, with or without accents, hyphens or apostrophes.
 */
export function resolveCommune(
  value: unknown,
  index: CommuneIndex = defaultIndex,
): CommuneResolution {
  if (typeof value !== 'string') return { kind: 'none' };
  const input = value.trim().slice(0, MAX_INPUT_LENGTH);
  if (input === '') return { kind: 'none' };

  if (FIVE_DIGITS.test(input)) {
    // INSEE codes win: 59350 is Lille's code and Saint-André-lez-Lille's postal code.
    const byCode = index.byCode.get(input);
    if (byCode) return { kind: 'found', commune: byCode, input };
    const candidates = index.byPostalCode.get(input) ?? [];
    if (candidates.length === 1) return { kind: 'found', commune: candidates[0]!, input };
    if (candidates.length > 1) return { kind: 'ambiguous', input, candidates };
    return { kind: 'unknown', input };
  }

  const byName = index.byName.get(normaliseText(input));
  return byName ? { kind: 'found', commune: byName, input } : { kind: 'unknown', input };
}

/** The webmaster's console warning for a `commune` attribute that names no commune; else null. */
export function communeWarning(resolution: CommuneResolution): string | null {
  return resolution.kind === 'unknown'
    ? `commune=${JSON.stringify(resolution.input)} is not a commune of the Métropole Européenne de Lille (INSEE code, name or postal code); showing the commune picker and the metropolis-wide help.`
    : null;
}

/** Every commune, in French alphabetical order, for the picker. */
export function allCommunes(index: CommuneIndex = defaultIndex): readonly Commune[] {
  return index.communes;
}
