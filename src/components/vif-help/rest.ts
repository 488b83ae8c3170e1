/**
 * Everything of the full view under the first screen, in a chunk loaded once the first screen is
 * on screen (issue 16): the directory and its search, the situations, the answers, the advice on
 * protecting one's browsing, the footer, and their styles (added to the widget's own when this
 * chunk arrives).
 */
export { directoryBody } from './directory-view.js';
export { questionsSection } from './questions.js';
export { protectSection } from './protect-section.js';
export { footer } from './footer.js';
export { createDirectory } from '../../directory/directory.js';
export { createSearch } from '../../search/search.js';
export { answerFields, contactFields, pathFields } from '../../search/fields.js';
export { answersForQuery } from '../../search/order-for-reading.js';
import { contactCardStyles } from './contact-card.styles.js';
import { directoryStyles } from './directory-view.styles.js';
import { questionsStyles } from './questions.styles.js';

export const restStyles = [contactCardStyles, directoryStyles, questionsStyles];
