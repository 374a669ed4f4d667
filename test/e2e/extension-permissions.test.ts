// The build users install asks for no host permission: its side panel still creates and
// syncs a draft on the server (the /api/ routes answer with CORS; WebSockets need none).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchExtension, PRODUCTION_EXTENSION_DIR, SAVED_TEXT, startWebServer, syncStatus } from './browser.js';
import type { ServerProcess } from '../support/server.js';
import { t } from '../../core/i18n/index.js';
import { createDraft } from './typing.js';

let server: ServerProcess;
let ext: ExtensionBrowser;

beforeAll(async () => {
  server = await startWebServer();
  ext = await launchExtension(PRODUCTION_EXTENSION_DIR);
});

afterAll(async () => {
  await ext?.close();
  await server?.dispose();
});

describe('the production extension, without host permissions', () => {
  it('creates a draft on the loopback server and syncs it', async () => {
    const [worker] = ext.context.serviceWorkers();
    const granted = await worker!.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { permissions: { getAll(): Promise<{ origins?: string[] }> } } }).chrome;
      return (await api.permissions.getAll()).origins ?? [];
    });
    expect(granted).toEqual([]);
    const panel = await ext.context.newPage();
    await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
    await panel.getByText(t('nl', 'ui.settings.title'), { exact: true }).click();
    await panel.getByLabel('Adres van de Samenspel-server').fill(server.url);
    await panel.getByLabel('Adres van de Samenspel-server').press('Tab');
    await createDraft(panel, 'Zonder extra rechten');
    await panel.getByLabel('Onze gezamenlijke ambitie').or(panel.getByRole('button', { name: 'Partner toevoegen' })).first().waitFor();
    await panel.getByRole('button', { name: 'Partner toevoegen' }).click();
    await panel.getByLabel('Naam van de partner').fill('Bibliotheek Zuiderwijk');
    await expect.poll(() => syncStatus(panel).textContent(), { timeout: 20_000 }).toBe(SAVED_TEXT);
  });
});
