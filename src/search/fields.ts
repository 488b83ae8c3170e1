import type { Answer, Category, Contact, LocalizedText, SituationPath } from '../data/types.js';
import type { SearchFields } from './search.js';

const allLocales = (text: LocalizedText | undefined): string =>
  text ? Object.values(text).join(' ') : '';

const categoryWords = (ids: readonly string[], categories: readonly Category[]): string =>
  ids.map((id) => allLocales(categories.find((c) => c.id === id)?.label) || id).join(' ');

/** What the directory search reads of a contact. */
export const contactFields =
  (categories: readonly Category[]) =>
  (contact: Contact): SearchFields => ({
    name: allLocales(contact.name),
    // The summary says what and for whom, but names things in passing ("avec ou sans enfants"):
    // it weighs like the categories, under the name.
    categories: [categoryWords(contact.categories, categories), allLocales(contact.summary)],
    text: [
      allLocales(contact.description),
      contact.audiences.join(' '),
      contact.address ? `${contact.address.city} ${contact.address.postalCode}` : '',
    ],
    numbers: contact.channels
      .filter((channel) => channel.type === 'tel' || channel.type === 'sms')
      .map((channel) => channel.display.replace(/\D/g, ''))
      .join(' '),
  });

/** What the search reads of an answer: its question and keywords weigh most. */
export const answerFields =
  (categories: readonly Category[]) =>
  (answer: Answer): SearchFields => ({
    name: `${allLocales(answer.question)} ${Object.values(answer.keywords ?? {})
      .flat()
      .join(' ')}`,
    categories: categoryWords(answer.categories, categories),
    text: allLocales(answer.answer),
  });

/** What the search reads of a situation. */
export const pathFields =
  (categories: readonly Category[]) =>
  (path: SituationPath): SearchFields => ({
    name: allLocales(path.label),
    categories: categoryWords(path.filter.categories, categories),
    text: allLocales(path.intro),
  });
