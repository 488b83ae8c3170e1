import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { heading } from './heading.js';

/**
 * The directory's field, on the first screen (its label is the section's heading): a resident
 * can type before the directory has loaded, and the results follow what was typed.
 */
export function searchField(
  level: number,
  query: string,
  onQuery: (query: string) => void,
): TemplateResult {
  return html`${heading(
      level,
      html`<label for="directory-search">${msg('Trouver de l’aide près de chez vous')}</label>`,
      { id: 'directory-title', className: 'section-title search-title' },
    )}
    <div role="search">
      <input
        id="directory-search"
        part="search"
        type="search"
        autocomplete="off"
        spellcheck="false"
        .enterKeyHint=${'search'}
        placeholder=${msg('hébergement, avocat, plainte…')}
        .value=${query}
        @input=${(event: InputEvent) => onQuery((event.target as HTMLInputElement).value)}
      />
    </div>`;
}
