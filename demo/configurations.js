// The demo configurations: each is shown on demo/examples.html and checked by axe in
// test/a11y/demo-configurations.test.ts, so every documented example is also an accessibility test.

/** @type {{ title: string, attributes: Record<string, string> }[]} */
export const configurations = [
  { title: 'Lille, by INSEE code', attributes: { commune: '59350' } },
  {
    title: 'Wicres, a commune with no verified place of its own yet, and where to report a mistake',
    attributes: { commune: '59658', 'report-url': 'mailto:vif@example.org' },
  },
  {
    title: "Villeneuve-d'Ascq, by name without accents",
    attributes: { commune: 'villeneuve d ascq' },
  },
  { title: 'Lomme, an associated commune of Lille', attributes: { commune: 'Lomme' } },
  { title: 'Postal code 59160, shared by Capinghem and Lille', attributes: { commune: '59160' } },
  { title: 'No commune: the picker', attributes: {} },
  { title: 'Unknown commune', attributes: { commune: 'Paris' } },
  {
    title: 'Roubaix, emergency band for a page header, with a link to the full help',
    attributes: { commune: '59512', view: 'emergency', 'help-url': '/' },
  },
  {
    title: 'Tourcoing, dark theme, housing and police only',
    attributes: { commune: 'Tourcoing', theme: 'dark', categories: 'hebergement,police' },
  },
  {
    title: 'Armentières, heading level 3, no quick exit (intranet)',
    attributes: { commune: '59017', 'heading-level': '3', 'quick-exit': 'off' },
  },
];
