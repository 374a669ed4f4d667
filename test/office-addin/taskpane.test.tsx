// The task pane in happy-dom: Office detection with its fallback, the Word panel's
// Bijwerken dialog (keep / replace / insert below), Plancheck with jumps, and the notice
// outside Office.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryStore } from '../../core/ui/index.js';
import type { PlanCoverage } from '../../office-addin/plan-check.js';
import { detectOffice } from '../../office-addin/taskpane/office-ready.js';
import { TaskPane } from '../../office-addin/taskpane/TaskPane.js';
import { WordPanel } from '../../office-addin/taskpane/WordPanel.js';
import type { ConflictChoice, WordHost } from '../../office-addin/word-host.js';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const flush = () => act(async () => new Promise((r) => setTimeout(r, 0)));
const button = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === name || b.getAttribute('aria-label') === name) as HTMLButtonElement;

function fakeHost(overrides: Partial<WordHost> = {}): WordHost {
  const ok = async () => ({ ok: true as const, message: 'Klaar.' });
  return {
    copy: ok,
    download: ok,
    openLink: vi.fn(),
    insert: ok,
    insertSection: vi.fn(ok),
    insertSpukPlan: vi.fn(ok),
    refreshAll: vi.fn(ok),
    planCheck: vi.fn(async () => ({ ok: false as const, message: 'x' })),
    goTo: vi.fn(async () => ({ ok: true as const })),
    exportDocx: vi.fn(ok),
    selfTest: vi.fn(async () => ({ kind: 'not-empty' as const, message: 'Niet leeg.' })),
    ...overrides,
  };
}

describe('detectOffice', () => {
  it('is Word only when Office.onReady says so, and falls back otherwise', async () => {
    expect(await detectOffice(undefined)).toEqual({ kind: 'outside', reason: 'no-office' });
    expect(await detectOffice({ onReady: async () => ({ host: 'Word', platform: 'OfficeOnline' }) })).toEqual({ kind: 'word', platform: 'OfficeOnline' });
    expect(await detectOffice({ onReady: async () => ({ host: null, platform: null }) })).toEqual({ kind: 'outside', reason: 'other-host' });
    expect(await detectOffice({ onReady: () => new Promise(() => undefined) }, 10)).toEqual({ kind: 'outside', reason: 'timeout' });
    expect(await detectOffice({ onReady: () => Promise.reject(new Error('x')) })).toEqual({ kind: 'outside', reason: 'no-office' });
  });
});

describe('WordPanel', () => {
  it('asks about edited sections on Bijwerken and passes the choices on', async () => {
    let choices: Record<string, ConflictChoice> | null | undefined;
    const host = fakeHost({
      refreshAll: vi.fn(async (resolve) => {
        choices = await resolve([
          { id: 'control:1', sectionId: 'ambition', label: 'Gezamenlijke ambitie' },
          { id: 'bookmark:_Samenspel_x', sectionId: 'roles', label: 'Rollen en verantwoordelijkheden' },
        ]);
        return { ok: true as const, message: 'Bijgewerkt: 1.' };
      }),
    });
    render(<WordPanel host={host} lang="nl" hasDraft />, root);
    await act(() => button('Bijwerken').click());
    await flush();
    const dialog = root.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect([...dialog.querySelectorAll('legend')].map((l) => l.textContent)).toEqual(['Gezamenlijke ambitie', 'Rollen en verantwoordelijkheden']);
    expect(document.activeElement).toBe(dialog.querySelector('input'));
    const replace = dialog.querySelector<HTMLInputElement>('input[name="conflict-bookmark:_Samenspel_x"][value="replace"]')!;
    await act(() => replace.click());
    await act(() => button('Toepassen').click());
    await flush();
    expect(choices).toEqual({ 'control:1': 'keep', 'bookmark:_Samenspel_x': 'replace' });
    expect(root.querySelector('[role="dialog"]')).toBeNull();
    expect(root.querySelector('[role="status"]')!.textContent).toBe('Bijgewerkt: 1.');
  });

  it('cancels Bijwerken with Annuleren', async () => {
    let choices: unknown = 'unset';
    const host = fakeHost({
      refreshAll: vi.fn(async (resolve) => {
        choices = await resolve([{ id: 'control:1', sectionId: 'ambition', label: 'Gezamenlijke ambitie' }]);
        return { ok: true as const, message: 'Geannuleerd.' };
      }),
    });
    render(<WordPanel host={host} lang="nl" hasDraft />, root);
    await act(() => button('Bijwerken').click());
    await flush();
    await act(() => button('Annuleren').click());
    await flush();
    expect(choices).toBeNull();
  });

  it('shows the Plancheck and jumps to a section, or inserts one the draft already has', async () => {
    const coverage: PlanCoverage = {
      conditions: [
        { conditionId: 'ambition', sections: ['ambition'], covered: 1, status: 'covered' },
        { conditionId: 'process', sections: ['process', 'period'], covered: 0, status: 'missing' },
      ],
      sections: [
        { sectionId: 'ambition', covered: true, by: 'heading', target: { kind: 'heading', text: 'Doelen' }, questions: [] },
        { sectionId: 'process', covered: false, by: null, target: null, questions: ['missing.process.reflection'] },
        { sectionId: 'period', covered: false, by: null, target: null, questions: [] },
      ],
      otherDrafts: 0,
    };
    const host = fakeHost({ planCheck: vi.fn(async () => ({ ok: true as const, coverage })) });
    render(<WordPanel host={host} lang="nl" hasDraft />, root);
    await act(() => button('Plancheck').click());
    await flush();
    const text = root.textContent!;
    expect(text).toContain('Ambitie: gedekt (1 van 1 onderdelen)');
    expect(text).toContain('Proces: ontbreekt (0 van 2 onderdelen)');
    expect(text).toContain('Wanneer reflecteren jullie samen op de samenwerking?');
    await act(() => button('Ga naar Gezamenlijke ambitie').click());
    await flush();
    expect(host.goTo).toHaveBeenCalledWith({ kind: 'heading', text: 'Doelen' });
    await act(() => button('Looptijd en uittreden invoegen').click());
    await flush();
    expect(host.insertSection).toHaveBeenCalledWith('period');
  });

  it('runs SPUK-plan and export, and disables the actions without a draft', async () => {
    const host = fakeHost();
    render(<WordPanel host={host} lang="nl" hasDraft />, root);
    await act(() => button('SPUK-plan invoegen').click());
    await flush();
    await act(() => button('Exporteren (.docx)').click());
    await flush();
    expect(host.insertSpukPlan).toHaveBeenCalled();
    expect(host.exportDocx).toHaveBeenCalled();
    render(<WordPanel host={host} lang="nl" hasDraft={false} />, root);
    expect(button('Bijwerken').disabled).toBe(true);
    expect(root.textContent).toContain('Open een concept via een deellink');
  });
});

describe('Zelftest in the Word panel', () => {
  it('runs without a draft, lists the steps, offers an empty document when needed, and copies the report', async () => {
    const copy = vi.fn(async () => ({ ok: true as const, message: 'Gekopieerd.' }));
    const openEmptyDocument = vi.fn(async () => ({ ok: true as const }));
    const steps = [
      { id: 'empty' as const, ok: true, detail: '', ms: 0 },
      { id: 'update' as const, ok: false, detail: 'Word kon dit niet [GeneralException]', ms: 3 },
    ];
    const selfTest = vi
      .fn<WordHost['selfTest']>()
      .mockResolvedValueOnce({ kind: 'not-empty', message: 'Dit document is niet leeg.' })
      .mockResolvedValueOnce({ kind: 'done', steps, report: 'Platform: OfficeOnline\n2. Bijwerken: mislukt', message: '1 van de 2 stappen zijn mislukt.' });
    render(<WordPanel host={fakeHost({ selfTest, copy, openEmptyDocument })} lang="nl" hasDraft={false} />, root);
    expect(button('Bijwerken').disabled).toBe(true);
    await act(() => button('Zelftest').click());
    await act(() => button('Zelftest starten').click());
    await flush();
    expect(root.textContent).toContain('Dit document is niet leeg.');
    await act(() => button('Nieuw leeg document openen').click());
    expect(openEmptyDocument).toHaveBeenCalled();
    await act(() => button('Zelftest starten').click());
    await flush();
    expect(root.querySelector('[data-testid="selftest-summary"]')!.textContent).toBe('1 van de 2 stappen zijn mislukt.');
    expect([...root.querySelectorAll('.word-selftest li')].map((li) => li.getAttribute('data-ok'))).toEqual(['true', 'false']);
    expect(root.querySelector<HTMLTextAreaElement>('#selftest-report')!.value).toBe('Platform: OfficeOnline\n2. Bijwerken: mislukt');
    await act(() => button('Verslag kopiëren').click());
    await flush();
    expect(copy).toHaveBeenCalledWith({ html: '<pre>Platform: OfficeOnline\n2. Bijwerken: mislukt</pre>', text: 'Platform: OfficeOnline\n2. Bijwerken: mislukt' });
    expect(root.querySelector('[role="status"]')!.textContent).toBe('Gekopieerd.');
  });
});

describe('TaskPane', () => {
  it('outside Office says so and offers the workspace without inserting', async () => {
    render(<TaskPane state={{ kind: 'outside', reason: 'other-host' }} store={memoryStore()} serverUrl="https://localhost:8787" />, root);
    await flush();
    expect(root.querySelector('h1')!.textContent).toBe('Niet geopend in Word');
    expect(root.textContent).toContain('In een gewone browser kun je ze kopiëren of downloaden.');
    expect(root.textContent).not.toContain('Bijwerken');
  });

  it('inside Word shows the Word panel above the workspace', async () => {
    const run = vi.fn();
    render(<TaskPane state={{ kind: 'word', platform: 'OfficeOnline' }} word={{ run }} store={memoryStore()} serverUrl="https://localhost:8787" />, root);
    await flush();
    expect(root.querySelector('h1')!.textContent).toBe('Samenspel in Word');
    expect(button('Bijwerken').disabled).toBe(true); // no draft open yet
    expect(run).not.toHaveBeenCalled();
  });
});
