/**
 * Everything of the full view under the first screen, in a chunk loaded once the first screen is
 * on screen (issue 16): the help model (the directory, its search, the situations and answers a
 * request finds), their templates, the advice on protecting one's browsing, the footer, and their
 * styles (added to the widget's own when this chunk arrives).
 */
export { directoryBody, firstNewCard } from './directory-view.js';
export { questionsSection } from './questions.js';
export { protectSection } from './protect-section.js';
export { footer } from './footer.js';
export { createHelpModel } from '../../help/model.js';
import { contactCardStyles } from './contact-card.styles.js';
import { directoryStyles } from './directory-view.styles.js';
import { questionsStyles } from './questions.styles.js';

export const restStyles = [contactCardStyles, directoryStyles, questionsStyles];
