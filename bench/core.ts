// Core benchmark: render a large agreement to every format, and compare the encoded Y.Doc
// (size, load time) with the same data as plain JSON.
import { gzipSync } from 'node:zlib';
import * as Y from 'yjs';
import { readAgreement } from '../core/agreement/index.js';
import { agreementDocument } from '../core/render/agreement.js';
import { renderDocx, renderHtml, renderMarkdown, renderText } from '../core/render/index.js';
import { kib, medianMs, ms, printTable } from './lib.js';
import { largeAgreement } from './large-agreement.js';

export async function benchCore(): Promise<void> {
  const built = performance.now();
  const doc = largeAgreement();
  const buildMs = performance.now() - built;
  const { agreement } = readAgreement(doc);
  const document = agreementDocument(agreement);
  console.log(
    `\nLarge agreement: ${agreement.partners.length} partners, ${agreement.activities.length} activities, 10,000 edits (built in ${ms(buildMs)})`,
  );

  printTable('Render time per format (median of 5)', [
    ['step', 'time', 'output'],
    ['read Y.Doc → validated agreement', ms(await medianMs(() => readAgreement(doc))), ''],
    ['agreement → block tree', ms(await medianMs(() => agreementDocument(agreement))), `${document.sections.length} sections`],
    ['HTML', ms(await medianMs(() => renderHtml(document))), kib(renderHtml(document).length)],
    ['Markdown', ms(await medianMs(() => renderMarkdown(document))), kib(renderMarkdown(document).length)],
    ['plain text', ms(await medianMs(() => renderText(document))), kib(renderText(document).length)],
    ['.docx', ms(await medianMs(() => renderDocx(document), 3)), kib((await renderDocx(document)).length)],
  ]);

  const update = Y.encodeStateAsUpdate(doc);
  const json = JSON.stringify(agreement);
  const loadYjs = await medianMs(() => {
    const fresh = new Y.Doc();
    Y.applyUpdate(fresh, update);
    return readAgreement(fresh);
  });
  const loadJson = await medianMs(() => JSON.parse(json));
  printTable('Stored draft: Yjs (with 10,000 edits of history) vs the same data as plain JSON', [
    ['figure', 'Yjs update', 'plain JSON (baseline)'],
    ['size', kib(update.length), kib(Buffer.byteLength(json))],
    ['size, gzip', kib(gzipSync(update).length), kib(gzipSync(json).length)],
    ['load (decode + read)', ms(loadYjs), ms(loadJson)],
  ]);
}
