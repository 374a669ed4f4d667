// The server's use of core: new drafts seeded by core/agreement, exports by core/render —
// and no server without them (a broken core fails the import instead of starting empty).
import { afterEach, expect, it, vi } from 'vitest';
import * as Y from 'yjs';

afterEach(() => {
  vi.doUnmock('../../core/render/index.js');
  vi.resetModules();
});

it('seeds a new draft through core/agreement and exports it through core/render', async () => {
  const { coreIntegrations } = await import('../../server/integrations.js');
  const doc = new Y.Doc();
  coreIntegrations.seed(doc, { title: 'Leesplan Noord', lang: 'en' });
  expect(doc.getMap('meta').get('schemaVersion')).toEqual(expect.any(Number));
  expect(await coreIntegrations.exporter.markdown(doc)).toContain('Leesplan Noord');
  expect((await coreIntegrations.exporter.docx(doc, 'nl')).byteLength).toBeGreaterThan(1000);
  expect(coreIntegrations.exporter.json(doc)).toMatchObject({ agreement: expect.any(Object), problems: expect.any(Array) });
});

it('fails to load when core cannot be loaded, so the server does not start', async () => {
  vi.resetModules();
  vi.doMock('../../core/render/index.js', () => {
    throw new Error('core/render is broken');
  });
  const failed = await import('../../server/integrations.js').then(
    () => null,
    (e: Error) => e,
  );
  // vitest wraps an error thrown while mocking; the module's own failure is its cause.
  expect([failed?.message, (failed?.cause as Error | undefined)?.message]).toContain('core/render is broken');
});
