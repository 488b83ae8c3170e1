import type { Contact, SituationPath } from './types.js';

/**
 * Whether a contact fits a situation: one of its categories (any when the situation names none)
 * and one of its audiences (any when it names none).
 */
export function fitsPath(contact: Contact, path: SituationPath): boolean {
  const { categories, audiences } = path.filter;
  return (
    (categories.length === 0 || contact.categories.some((id) => categories.includes(id))) &&
    (audiences.length === 0 || contact.audiences.some((id) => audiences.includes(id)))
  );
}
