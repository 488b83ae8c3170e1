import { configurations } from './configurations.js';

// Built with DOM methods, not markup strings, so the page runs under Trusted Types.
const list = document.getElementById('examples');
for (const { title, attributes } of configurations) {
  const section = document.createElement('section');
  const heading = document.createElement('h2');
  heading.textContent = title;
  const code = document.createElement('code');
  code.textContent = `<vif-help${Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('')}></vif-help>`;
  const widget = document.createElement('vif-help');
  for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
  widget.setAttribute('heading-level', attributes['heading-level'] ?? '3');
  section.append(heading, code, widget);
  list.append(section);
}
