/** A partner contact as a page would give it by script (the `contacts` property): valid, uncertain. */
export const PARTNER_CONTACT = {
  id: 'association-partenaire',
  name: { fr: 'Association partenaire' },
  description: { fr: 'Écoute et accompagnement.' },
  categories: ['ecoute'],
  audiences: ['tous'],
  channels: [{ type: 'web', url: 'https://partenaire.example/' }],
  scope: { type: 'metropole' },
  sources: [{ url: 'https://partenaire.example/', title: 'Site', date: '2026-10-01' }],
  confidence: 'medium',
  confidenceNote: { fr: 'Horaires à confirmer.' },
  status: 'published',
};
