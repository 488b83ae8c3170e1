import { expect } from '@open-wc/testing';

/**
 * Loads the built dist/vif-help.js into a blank page as a webmaster's snippet would: the element
 * is already in the HTML, with its fallback, before the script runs.
 */
async function loadPage(body: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  const loaded = new Promise<void>((resolve) =>
    frame.addEventListener('load', () => resolve(), { once: true }),
  );
  frame.srcdoc = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Mairie</title><script>window.pageErrors=[];addEventListener('error',(e)=>pageErrors.push(String(e.message)));</script></head><body>${body}</body></html>`;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  const started = Date.now();
  while (Date.now() - started < 5000) {
    const widgets = [...doc.querySelectorAll('vif-help')];
    // Defined, not only drawn: the entry draws the first screen before the element arrives.
    if (
      widgets.length > 0 &&
      frame.contentWindow!.customElements.get('vif-help') &&
      widgets.every((w) => w.shadowRoot?.querySelector('[part~="emergency"]'))
    )
      break;
    await new Promise((r) => setTimeout(r, 50));
  }
  expect((frame.contentWindow as Window & { pageErrors: string[] }).pageErrors).to.deep.equal([]);
  return doc;
}

describe('dist/vif-help.js in a static page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('upgrades an element already in the HTML and hides its fallback', async () => {
    const doc = await loadPage(`
      <vif-help commune="59350"><p id="fallback">En danger : 17 ou 112</p></vif-help>
      <script type="module" src="/dist/vif-help.js"></script>`);
    const widget = doc.querySelector('vif-help')!;
    expect(widget.shadowRoot, 'rendered').to.exist;
    expect(widget.shadowRoot!.querySelector('[part~="emergency"] a[href="tel:17"]')).to.exist;
    expect(widget.shadowRoot!.textContent).to.contain('Lille');
    expect((doc.getElementById('fallback') as HTMLElement).getClientRects().length).to.equal(0);
  });

  it('renders in Arabic, right to left, an element with lang="ar" already in the HTML', async () => {
    const doc = await loadPage(`
      <vif-help commune="59350" lang="ar"></vif-help>
      <script type="module" src="/dist/vif-help.js"></script>`);
    const started = Date.now();
    const root = () => doc.querySelector('vif-help')!.shadowRoot!.querySelector('.root')!;
    while (root().getAttribute('dir') !== 'rtl' && Date.now() - started < 3000) {
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(root().getAttribute('dir')).to.equal('rtl');
    expect(root().getAttribute('lang')).to.equal('ar');
    expect(root().querySelector('[part~="exit"]')!.textContent).to.match(/[\u0600-\u06ff]/);
  });

  it('survives the script included twice by two URLs, with several instances', async () => {
    const doc = await loadPage(`
      <script type="module" src="/dist/vif-help.js"></script>
      <vif-help commune="59350"></vif-help>
      <vif-help commune="Roubaix" view="emergency"></vif-help>
      <vif-help></vif-help>
      <script type="module" src="/dist/vif-help.js?second=1"></script>`);
    const widgets = [...doc.querySelectorAll('vif-help')];
    expect(widgets).to.have.length(3);
    for (const widget of widgets) {
      expect(widget.shadowRoot?.querySelector('[part~="emergency"] a[href="sms:114"]')).to.exist;
    }
  });
});
