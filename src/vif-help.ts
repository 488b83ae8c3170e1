import { VifHelp } from './components/vif-help/vif-help.component.js';

export { VifHelp };
export { VifCommuneChangeEvent } from './events/commune-change.js';
export { VifExitEvent } from './events/exit.js';
export { VifDataErrorEvent } from './events/data-error.js';

// A page may include the script twice (two snippets, two versions): the first definition wins.
if (!customElements.get('vif-help')) {
  customElements.define('vif-help', VifHelp);
}

declare global {
  interface HTMLElementTagNameMap {
    'vif-help': VifHelp;
  }
}
