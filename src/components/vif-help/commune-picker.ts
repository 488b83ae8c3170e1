import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Commune } from '../../data/types.js';

/**
 * A native select in a small form: keyboard and screen-reader support come from the platform,
 * and nothing changes until the resident confirms (no change of context on mere selection).
 */
export function communePicker(
  communes: readonly Commune[],
  selected: string | null,
  onPick: (commune: Commune) => void,
): TemplateResult {
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const select = (event.currentTarget as HTMLFormElement).elements.namedItem('commune');
    const value = select instanceof HTMLSelectElement ? select.value : '';
    const commune = communes.find((candidate) => candidate.insee === value);
    if (commune) onPick(commune);
  };
  return html`<form class="picker" @submit=${submit}>
    <div class="field">
      <label for="commune-select">${msg('Votre commune')}</label>
      <select id="commune-select" name="commune" required>
        <option value="" ?selected=${selected === null}>${msg('Choisir une commune')}</option>
        ${communes.map(
          (commune) =>
            html`<option value=${commune.insee} ?selected=${commune.insee === selected}>
              ${commune.name}
            </option>`,
        )}
      </select>
    </div>
    <button class="primary-button" type="submit">${msg('Afficher l’aide')}</button>
  </form>`;
}
