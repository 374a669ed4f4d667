// The render module: the block tree and every output rendered from it.
export * from './blocks.js';
export { escapeHtml, renderBlocksHtml, renderHtml, renderSectionHtml } from './html.js';
export { escapeMarkdown, renderBlocksMarkdown, renderMarkdown, renderSectionMarkdown } from './markdown.js';
export { renderBlocksText, renderSectionText, renderText } from './text.js';
export { renderDocx } from './docx.js';
export { calendarEvents, escapeIcsText, foldIcsLine, renderIcs, type IcsOptions } from './ics.js';
export { agreementDocument, agreementSection, sectionDocument, spukPlanDocument, type RenderOptions } from './agreement.js';
