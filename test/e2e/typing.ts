// Co-editing support for the real-browser tests: several people (one browser context each)
// on one draft of the web page, and human-like input — typing with seeded random delays,
// caret moves, selections, real clipboard pastes and IME composition through the DevTools
// protocol — plus waiting until every screen is saved and shows the same text. Also the one
// way the real-browser tests create a draft: the start screen's form (title, kind of plan),
// then out of the guided start it opens in.
import type { Browser, BrowserContext, CDPSession, Locator, Page } from 'playwright-core';
import type { PlanKind } from '../../core/agreement/index.js';
import { t } from '../../core/i18n/index.js';
import { decodeShareLink } from '../../core/sync/share-link.js';
import { forbidDialogs, syncStatus } from './browser.js';

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Labels of the fields the co-editing tests type in (from the Dutch catalogue). */
export const LABEL = {
  statement: t('nl', 'ui.ambition.statement'),
  promise: t('nl', 'ui.ambition.promise'),
  commitment: t('nl', 'ui.ambition.commitment'),
  doing: t('nl', 'ui.ambition.doing'),
  title: t('nl', 'ui.meta.draftTitle'),
} as const;
export type FieldKey = keyof typeof LABEL;

// ---------------------------------------------------------------- seeded randomness

export interface Rand {
  (): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  pick<T>(list: readonly T[]): T;
}

/** mulberry32: small, fast and the same sequence for the same seed on every machine. */
export function seeded(seed: number): Rand {
  let a = seed >>> 0;
  const next = (() => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  }) as Rand;
  next.int = (min, max) => min + Math.floor(next() * (max - min + 1));
  next.pick = (list) => list[Math.floor(next() * list.length)]!;
  return next;
}

// ---------------------------------------------------------------- creating a draft

export interface NewDraft {
  /** The kind of plan chosen in the form; 'other' ("Anders") unless given. */
  planKind?: PlanKind;
}

/** The start screen's create form: the title and the kind of plan, then "Concept maken". */
export async function startDraft(page: Page, title: string, opts: NewDraft = {}): Promise<void> {
  const form = page.getByRole('region', { name: t('nl', 'ui.start.create'), exact: true });
  await form.getByLabel(t('nl', 'ui.start.draftTitle'), { exact: true }).fill(title);
  await form.getByRole('group', { name: t('nl', 'guide.planKind'), exact: true }).getByLabel(t('nl', `planKind.${opts.planKind ?? 'other'}`), { exact: true }).check();
  await form.getByRole('button', { name: t('nl', 'ui.start.createButton'), exact: true }).click();
}

/** A new draft opens in the guided start: leave it for the whole draft (Afspraken, at Partners). */
export async function leaveGuide(page: Page, timeoutMs = 30_000): Promise<void> {
  await page.getByRole('button', { name: t('nl', 'guide.exit'), exact: true }).click({ timeout: timeoutMs });
  await page.locator('#part-title').filter({ hasText: t('nl', 'ui.part.partners') }).waitFor({ timeout: timeoutMs });
}

/** Creates a draft through the start screen and ends in the whole draft (Afspraken → Partners). */
export async function createDraft(page: Page, title: string, opts: NewDraft = {}): Promise<void> {
  await startDraft(page, title, opts);
  await leaveGuide(page);
}

// ---------------------------------------------------------------- people on one draft

export interface Person {
  name: string;
  context: BrowserContext;
  page: Page;
  rand: Rand;
  /** Created on first use by compose(). */
  cdp: CDPSession | null;
  dialogs: string[];
}

export interface SharedDraft {
  id: string;
  serverUrl: string;
  ownerToken: string;
  editorLink: string;
  people: Person[];
  close(): Promise<void>;
}

export async function tab(page: Page, key: 'agreement' | 'share'): Promise<void> {
  await page.getByRole('navigation', { name: t('nl', 'ui.tabs.nav'), exact: true }).getByRole('button', { name: t('nl', `ui.tab.${key}`), exact: true }).click();
}

export async function part(page: Page, key: 'ambition' | 'relationship' | 'partners'): Promise<void> {
  await page.getByRole('navigation', { name: t('nl', 'ui.parts.nav'), exact: true }).getByRole('button', { name: t('nl', `ui.part.${key}`), exact: true }).click();
  await page.locator('#part-title').filter({ hasText: t('nl', `ui.part.${key}`) }).waitFor();
}

export const field = (page: Page, key: FieldKey): Locator => page.getByLabel(LABEL[key], { exact: true });

/** The draft title lives in a collapsed "Over dit concept"; open it so the field is visible. */
export async function openMeta(page: Page): Promise<void> {
  const details = page.locator('details.meta');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
  await field(page, 'title').waitFor();
}

const isSaved = async (page: Page) => /\bsync-saved\b/.test((await syncStatus(page).getAttribute('class')) ?? '');

export async function waitSaved(page: Page, timeoutMs = 30_000): Promise<void> {
  const start = Date.now();
  while (!(await isSaved(page))) {
    if (Date.now() - start > timeoutMs) throw new Error(`not saved after ${timeoutMs} ms: "${await syncStatus(page).textContent()}"`);
    await sleep(50);
  }
}

/** Show the Ambitie part of the Afspraken tab (and the open meta fields) on a page. */
export async function showAmbition(page: Page): Promise<void> {
  await tab(page, 'agreement');
  await openMeta(page);
  await part(page, 'ambition');
  await field(page, 'statement').waitFor();
}

async function newPersonIn(browser: Browser, serverUrl: string, name: string, seed: number): Promise<Person> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: serverUrl });
  const page = await context.newPage();
  const dialogs: string[] = [];
  forbidDialogs(page, dialogs);
  return { name, context, page, rand: seeded(seed), cdp: null, dialogs };
}

/**
 * Person 1 creates a draft on the start page; the others open its editor link from Delen,
 * each in a browser context of their own. Everyone ends on Afspraken → Ambitie, saved.
 */
export async function openSharedDraft(browser: Browser, serverUrl: string, opts: { names: string[]; title: string; seed: number }): Promise<SharedDraft> {
  const people: Person[] = [];
  const newPerson = (name: string, i: number) => newPersonIn(browser, serverUrl, name, opts.seed * 31 + i);
  const owner = await newPerson(opts.names[0]!, 0);
  people.push(owner);
  await owner.page.goto(serverUrl + '/');
  await createDraft(owner.page, opts.title);
  await syncStatus(owner.page).waitFor();
  await waitSaved(owner.page);
  const ownerLink = decodeShareLink(owner.page.url());
  if (!ownerLink) throw new Error(`no share link in the address after creating a draft: ${owner.page.url()}`);
  await tab(owner.page, 'share');
  const editorLink = await owner.page.locator('input[data-role=editor]').inputValue();
  await showAmbition(owner.page);
  for (const [i, name] of opts.names.slice(1).entries()) {
    const p = await newPerson(name, i + 1);
    people.push(p);
    await p.page.goto(editorLink);
    await syncStatus(p.page).waitFor();
    await waitSaved(p.page);
    await showAmbition(p.page);
  }
  return {
    id: ownerLink.draftId,
    serverUrl,
    ownerToken: ownerLink.token,
    editorLink,
    people,
    async close() {
      for (const p of people) await p.context.close();
    },
  };
}

/** One more person opens the draft's editor link in a context of their own. */
export async function joinDraft(browser: Browser, draft: SharedDraft, name: string, seed: number): Promise<Person> {
  const p = await newPersonIn(browser, draft.serverUrl, name, seed);
  await p.page.goto(draft.editorLink);
  await syncStatus(p.page).waitFor();
  await waitSaved(p.page);
  await showAmbition(p.page);
  draft.people.push(p);
  return p;
}

/** Reload one person's page (everything comes back from IndexedDB and the server) and show the ambition again. */
export async function reload(p: Person): Promise<void> {
  await p.page.reload();
  await syncStatus(p.page).waitFor();
  await waitSaved(p.page);
  await showAmbition(p.page);
}

// ---------------------------------------------------------------- human input

export interface Delays {
  min: number;
  max: number;
}
export const HUMAN: Delays = { min: 40, max: 140 };

/** Types `text` one key at a time into whatever has focus, waiting a random human delay after each key. */
export async function typeHuman(p: Person, text: string, delays: Delays = HUMAN): Promise<{ start: number; end: number }> {
  const start = Date.now();
  for (const ch of text) {
    await p.page.keyboard.type(ch);
    await sleep(p.rand.int(delays.min, delays.max));
  }
  return { start, end: Date.now() };
}

/** Puts the caret at the start or end (Ctrl+Home / Ctrl+End, as a user would) or at an offset. */
export async function caret(p: Person, f: Locator, where: 'start' | 'end' | number): Promise<void> {
  await f.focus();
  if (where === 'start') await p.page.keyboard.press('Control+Home');
  else if (where === 'end') await p.page.keyboard.press('Control+End');
  else await select(f, where, where);
}

/** Selects [start, end) of the field (focusing it). */
export async function select(f: Locator, start: number, end: number): Promise<void> {
  await f.evaluate(
    (el, [s, e]) => {
      const input = el as HTMLTextAreaElement;
      input.focus();
      input.setSelectionRange(s!, e!);
    },
    [start, end],
  );
}

/** Puts the caret right after (or before) the first occurrence of `needle` in the field's current text. */
export async function caretAt(p: Person, f: Locator, needle: string, side: 'after' | 'before'): Promise<number> {
  const value = await f.inputValue();
  const at = value.indexOf(needle);
  if (at < 0) throw new Error(`${p.name}: "${needle}" is not in the field: ${JSON.stringify(value)}`);
  const offset = side === 'after' ? at + needle.length : at;
  await caret(p, f, offset);
  return offset;
}

/** Selects the first occurrence of `needle` as the field shows it now (found and selected in one step). */
export async function selectText(f: Locator, needle: string): Promise<[number, number]> {
  const range = await f.evaluate((el, n) => {
    const input = el as HTMLTextAreaElement;
    const at = input.value.indexOf(n);
    if (at < 0) return null;
    input.focus();
    input.setSelectionRange(at, at + n.length);
    return [at, at + n.length] as [number, number];
  }, needle);
  if (!range) throw new Error(`"${needle}" is not in the field: ${JSON.stringify(await f.inputValue())}`);
  return range;
}

// The clipboard is one per browser: pastes from different contexts take turns.
let clipboardTurn: Promise<unknown> = Promise.resolve();

/** A real paste (Ctrl+V of the system clipboard) at the caret of the focused field. */
export async function paste(p: Person, text: string): Promise<void> {
  const turn = clipboardTurn.then(async () => {
    await p.page.evaluate((s) => navigator.clipboard.writeText(s), text);
    await p.page.keyboard.press('Control+V');
  });
  clipboardTurn = turn.catch(() => undefined);
  await turn;
}

export interface CompositionStep {
  /** Text typed normally. */
  type?: string;
  /** An IME composition: the candidate texts shown one after the other, then the committed text. */
  compose?: { steps: string[]; commit: string };
}

/**
 * Input as an IME produces it, through the DevTools protocol: Input.imeSetComposition for each
 * candidate (compositionstart/update, insertCompositionText), then Input.insertText to commit
 * (compositionend). Typed parts go through the keyboard as usual.
 */
export async function compose(p: Person, steps: CompositionStep[], delays: Delays = { min: 120, max: 260 }): Promise<{ start: number; end: number }> {
  p.cdp ??= await p.context.newCDPSession(p.page);
  const start = Date.now();
  for (const step of steps) {
    if (step.type) await typeHuman(p, step.type);
    if (step.compose) {
      for (const candidate of step.compose.steps) {
        await p.cdp.send('Input.imeSetComposition', { text: candidate, selectionStart: candidate.length, selectionEnd: candidate.length });
        await sleep(p.rand.int(delays.min, delays.max));
      }
      await p.cdp.send('Input.insertText', { text: step.compose.commit });
      await sleep(p.rand.int(HUMAN.min, HUMAN.max));
    }
  }
  return { start, end: Date.now() };
}

/** What the composition steps leave in the field. */
export const composedText = (steps: CompositionStep[]) => steps.map((s) => (s.type ?? '') + (s.compose?.commit ?? '')).join('');

// ---------------------------------------------------------------- convergence

export interface Screen {
  name: string;
  status: string;
  saved: boolean;
  values: Partial<Record<FieldKey, string>>;
}

export async function screens(people: Person[], keys: FieldKey[]): Promise<Screen[]> {
  const labels = keys.map((k) => LABEL[k]);
  return Promise.all(
    people.map(async (p) => {
      // One round trip per page: the sync status and every field's text, read at one instant.
      const seen = await p.page.evaluate((wanted) => {
        const status = document.querySelector('[data-testid=sync-status]');
        const byLabel = new Map([...document.querySelectorAll('label')].map((l) => [l.textContent, l.control as HTMLInputElement | null]));
        return {
          status: status?.textContent ?? '',
          saved: !!status?.classList.contains('sync-saved'),
          values: wanted.map((l) => byLabel.get(l)?.value ?? null),
        };
      }, labels);
      const values: Partial<Record<FieldKey, string>> = {};
      keys.forEach((k, i) => {
        const v = seen.values[i];
        if (v === null || v === undefined) throw new Error(`${p.name}: no field "${LABEL[k]}" on screen`);
        values[k] = v;
      });
      return { name: p.name, status: seen.status, saved: seen.saved, values };
    }),
  );
}

/**
 * Waits until every screen says saved and shows the same text in `keys`, and stays so for
 * a few samples (a change still in flight shows as a difference between screens). Returns
 * the agreed texts; on timeout, throws with what each screen showed last.
 */
export async function converge(people: Person[], keys: FieldKey[], timeoutMs = 30_000): Promise<Record<FieldKey, string>> {
  const start = Date.now();
  let last: Screen[] = [];
  let stableSince = -1;
  let stableKey = '';
  for (;;) {
    last = await screens(people, keys);
    const agreed = last.every((s) => s.saved) && last.every((s) => keys.every((k) => s.values[k] === last[0]!.values[k]));
    const key = JSON.stringify(last[0]!.values);
    if (agreed && key === stableKey) {
      if (Date.now() - stableSince >= 300) return last[0]!.values as Record<FieldKey, string>;
    } else if (agreed) {
      stableKey = key;
      stableSince = Date.now();
    } else {
      stableKey = '';
    }
    if (Date.now() - start > timeoutMs) {
      const lines = last.map((s) => `  ${s.name} [${s.saved ? 'saved' : s.status}]: ${keys.map((k) => `${k}=${JSON.stringify(s.values[k])}`).join(' ')}`);
      throw new Error(`screens did not converge in ${timeoutMs} ms:\n${lines.join('\n')}`);
    }
    await sleep(100);
  }
}

/** How often `needle` occurs in `text` (non-overlapping). */
export const occurrences = (text: string, needle: string) => (needle ? text.split(needle).length - 1 : 0);
