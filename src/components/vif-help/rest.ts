/**
 * Everything of the full view under the first screen, in a chunk loaded once the first screen is
 * on screen (issue 16): the directory and its search, the situations, the answers, the advice on
 * protecting one's browsing, and the footer (their styles
 * are the widget's own: they are small, and keep the first screen and a late part alike).
 */
export { directoryBody } from './directory-view.js';
export { questionsSection } from './questions.js';
export { protectSection } from './protect-section.js';
export { footer } from './footer.js';
export { createDirectory, PAGE_SIZE } from '../../directory/directory.js';
export { createSearch } from '../../search/search.js';
export { answerFields, contactFields, pathFields } from '../../search/fields.js';
