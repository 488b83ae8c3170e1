import { expect } from '@open-wc/testing';
import { readConfig } from '../../src/components/vif-help/config.js';

describe('readConfig', () => {
  it('gives the documented defaults when no attribute is set', () => {
    const { config, warnings } = readConfig({});
    expect(config.view).to.equal('full');
    expect(config.quickExit).to.equal(true);
    expect(config.exitUrl).to.match(/^https:\/\//);
    expect(config.theme).to.equal('light');
    expect(config.headingLevel).to.equal(2);
    expect(config.categories.length).to.be.greaterThan(3);
    expect(warnings).to.deep.equal([]);
  });

  it('accepts view="launcher" in any case, and names it among the views of a warning', () => {
    expect(readConfig({ view: ' Launcher ' })).to.deep.include({ warnings: [] });
    expect(readConfig({ view: ' Launcher ' }).config.view).to.equal('launcher');
    expect(readConfig({ view: 'door' }).warnings[0]).to.contain('full, emergency, launcher');
  });

  it('accepts valid values in any case', () => {
    const { config, warnings } = readConfig({
      view: 'Emergency',
      quickExit: 'off',
      exitUrl: 'https://www.example.org/meteo',
      theme: 'AUTO',
      headingLevel: '4',
      categories: 'hebergement, police',
    });
    expect(config).to.include({
      view: 'emergency',
      quickExit: false,
      theme: 'auto',
      headingLevel: 4,
    });
    expect(config.exitUrl).to.equal('https://www.example.org/meteo');
    expect(config.categories.map((c) => c.id)).to.deep.equal(['hebergement', 'police']);
    expect(warnings).to.deep.equal([]);
  });

  it('refuses a non-https exit URL, keeps the default, and names the attribute', () => {
    for (const exitUrl of [
      'javascript:alert(1)',
      'http://example.org',
      'data:text/html,hi',
      '//example.org',
      'nope',
    ]) {
      const { config, warnings } = readConfig({ exitUrl });
      expect(config.exitUrl, exitUrl).to.equal(readConfig({}).config.exitUrl);
      expect(warnings, exitUrl).to.have.length(1);
      expect(warnings[0]).to.contain('exit-url=');
    }
  });

  it('replaces each bad value by its default with one warning naming attribute and value', () => {
    const { config, warnings } = readConfig({
      view: 'compact',
      quickExit: 'maybe',
      theme: 'pink',
      headingLevel: '9',
      categories: 'licornes',
    });
    expect(config).to.include({ view: 'full', quickExit: true, theme: 'light', headingLevel: 2 });
    expect(config.categories.length).to.be.greaterThan(3);
    expect(warnings).to.have.length(5);
    expect(warnings.join('\n'))
      .to.contain('view="compact"')
      .and.contain('heading-level="9"')
      .and.contain('"licornes"');
  });

  it('quotes huge values cut short', () => {
    const { warnings } = readConfig({ view: 'x'.repeat(100_000) });
    expect(warnings[0]!.length).to.be.lessThan(200);
  });
});

describe('the attribute table', () => {
  it('names every attribute the element observes, and no other', async () => {
    const { VifHelp } = await import('../../src/components/vif-help/vif-help.component.js');
    const { ATTRIBUTES } = await import('../../src/components/vif-help/attributes.js');
    const observed = [...VifHelp.observedAttributes].sort();
    // `lang` is the platform's own attribute, read by the locale controller.
    const table = ATTRIBUTES.map((entry) => entry.attribute)
      .filter((name) => name !== 'lang')
      .sort();
    expect(observed).to.deep.equal(table);
  });
});

describe('readConfig: links of the footer and the band', () => {
  it('takes a mailto: or https: report-url, and refuses anything else with a warning', () => {
    expect(readConfig({ reportUrl: 'mailto:vif@example.org' }).config.reportUrl).to.equal(
      'mailto:vif@example.org',
    );
    expect(readConfig({ reportUrl: 'https://example.org/signaler' }).config.reportUrl).to.equal(
      'https://example.org/signaler',
    );
    const refused = readConfig({ reportUrl: 'javascript:alert(1)' });
    expect(refused.config.reportUrl).to.equal(null);
    expect(refused.warnings.join(' ')).to.contain('report-url');
    expect(readConfig({}).config.reportUrl).to.equal(null);
  });

  it('takes an https: help-url or a path of the same site, and refuses the rest', () => {
    expect(readConfig({ helpUrl: '/aide-violences' }).config.helpUrl).to.equal('/aide-violences');
    expect(readConfig({ helpUrl: 'https://ville.example/aide' }).config.helpUrl).to.equal(
      'https://ville.example/aide',
    );
    for (const bad of [
      '//evil.example/x',
      '/\\evil.example',
      'http://ville.example',
      'javascript:x',
      'aide',
    ]) {
      const { config, warnings } = readConfig({ helpUrl: bad });
      expect(config.helpUrl, bad).to.equal(null);
      expect(warnings.join(' '), bad).to.contain('help-url');
    }
  });
});
