// Convergence fuzz through the real UI: three people (three browser contexts on one draft)
// type runs, move the caret by click or keyboard selection, select and delete, and paste, at
// random, in three fields at once (the ambition statement, the belofte and the draft title)
// for SAMENSPEL_FUZZ_MS (30 s). The script of actions comes from SAMENSPEL_FUZZ_SEED (printed).
// Then every screen must show the server's copy, and no one's typing may be lost, duplicated
// or torn apart unless someone's own action (recorded in the page at the keystroke) explains it.
//
// How the last part stays honest: every run (one uninterrupted burst of typing, or one paste)
// is made of one character used for nothing else in that field — "aaaa" is Anna's 1st run,
// "bbbb" her 2nd, "AAAA" Bram's 1st … — so the final text says where each run's characters
// went. In each page a capture listener records, at every keydown (and beforeinput, for
// characters that come without a key), the field's text and selection at that instant, which
// is exactly what the key acts on. From those records:
//  - a deletion removed exactly the selected characters (or the one before the caret);
//  - a run can only be split if someone inserted right after one of its characters while more
//    of them were still to come (or strictly inside it).
// A run that neither touched must come out whole and in one piece; any run keeps at least its
// characters minus those someone deleted, and never more than were typed. And while typing a
// run, each key must land right after the run's previous character (the caret stayed put).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { api, type ServerProcess } from '../support/server.js';
import { launchBrowser, startWebServer } from './browser.js';
import { converge, field, LABEL, openSharedDraft, paste, seeded, select, sleep, type FieldKey, type Person, type SharedDraft } from './typing.js';

const SEED = process.env.SAMENSPEL_FUZZ_SEED ? Number(process.env.SAMENSPEL_FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
const FUZZ_MS = Math.min(600_000, Math.max(1_000, Number(process.env.SAMENSPEL_FUZZ_MS ?? 30_000)));
const FIELDS: FieldKey[] = ['statement', 'promise', 'title'];
const TITLE = 'Fuzz';

/** Each person's characters: keyboard ones first (typed with real key presses), then ones that come as text input. */
const POOLS: Record<string, string> = {
  Anna: 'abcdefghijklmnopqrstuvwxyz' + 'αβγδεζηθικλμνξοπρστυφχψω',
  Bram: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ' + 'БГДЖЗИЙЛПФЦЧШЩЪЫЬЭЮЯ',
  Cor: '0123456789!#$%&*+=?@^~' + 'աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆ',
};

interface Rec {
  type: 'keydown' | 'beforeinput';
  key?: string;
  ctrl?: boolean;
  inputType?: string;
  data?: string | null;
  label: string;
  value: string;
  s: number;
  e: number;
}

type Action =
  | { kind: 'type' | 'paste'; person: string; field: FieldKey; symbol: string; n: number; recs: Rec[] }
  | { kind: 'delete'; person: string; field: FieldKey; recs: Rec[] }
  | { kind: 'move'; person: string; field: FieldKey; how: 'click' | 'keys'; recs: Rec[] };

/** Installed in every page: what the focused field held at each key and text input. */
function installRecorder(): void {
  const w = window as unknown as { __fuzz: unknown[] };
  w.__fuzz = [];
  const rec = (type: string, e: Event) => {
    const el = document.activeElement;
    if (!(el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement)) return;
    const k = e as KeyboardEvent;
    const i = e as InputEvent;
    w.__fuzz.push({
      type,
      key: type === 'keydown' ? k.key : undefined,
      ctrl: type === 'keydown' ? k.ctrlKey : undefined,
      inputType: type === 'beforeinput' ? i.inputType : undefined,
      data: type === 'beforeinput' ? i.data : undefined,
      label: el.labels?.[0]?.textContent ?? '',
      value: el.value,
      s: el.selectionStart ?? 0,
      e: el.selectionEnd ?? 0,
    });
  };
  window.addEventListener('keydown', (e) => rec('keydown', e), true);
  window.addEventListener('beforeinput', (e) => rec('beforeinput', e), true);
}

const drain = (p: Person): Promise<Rec[]> => p.page.evaluate(() => (window as unknown as { __fuzz: Rec[] }).__fuzz.splice(0));
const isKey = (ch: string) => ch >= ' ' && ch <= '~';

let server: ServerProcess;
let browser: Browser;
let draft: SharedDraft;

beforeAll(async () => {
  console.log(`coediting fuzz: SAMENSPEL_FUZZ_SEED=${SEED} SAMENSPEL_FUZZ_MS=${FUZZ_MS}`);
  server = await startWebServer();
  browser = await launchBrowser();
  draft = await openSharedDraft(browser, server.url, { names: ['Anna', 'Bram', 'Cor'], title: TITLE, seed: SEED });
  for (const p of draft.people) await p.page.evaluate(installRecorder);
});

afterAll(async () => {
  await draft?.close();
  await browser?.close();
  await server?.dispose();
});

/** One person's random session until the deadline; returns what they did, with the page's records. */
async function session(p: Person, deadline: number): Promise<Action[]> {
  const r = p.rand;
  const done: Action[] = [];
  const next = { statement: 0, promise: 0, title: 0, commitment: 0, doing: 0 } satisfies Record<FieldKey, number>;
  const pool = (f: FieldKey) => [...POOLS[p.name]!].filter((c) => f !== 'title' || !TITLE.includes(c));
  let current: FieldKey | null = null;
  const move = async (f: FieldKey) => {
    const loc = field(p.page, f);
    let how: 'click' | 'keys';
    if (r() < 0.5) {
      how = 'click';
      const box = await loc.boundingBox();
      if (!box) throw new Error(`${p.name}: field ${f} is not visible`);
      await loc.click({ position: { x: 4 + r() * (box.width - 8), y: 4 + r() * (box.height - 8) } });
    } else {
      how = 'keys';
      const len = (await loc.inputValue()).length;
      const at = r.int(0, len);
      await select(loc, at, at);
    }
    current = f;
    done.push({ kind: 'move', person: p.name, field: f, how, recs: await drain(p) });
  };
  while (Date.now() < deadline) {
    const roll = r();
    if (current === null || roll < 0.25) {
      await move(r.pick(FIELDS));
    } else if (roll < 0.7 || roll >= 0.85) {
      const f: FieldKey = current;
      const symbol = pool(f)[next[f]];
      if (symbol === undefined) {
        current = null; // this person used up their characters in this field
        continue;
      }
      next[f]++;
      if (roll < 0.7) {
        const n = r.int(1, 15);
        for (let i = 0; i < n; i++) {
          await p.page.keyboard.type(symbol);
          await sleep(r.int(40, 140));
        }
        done.push({ kind: 'type', person: p.name, field: f, symbol, n, recs: await drain(p) });
      } else {
        const n = r.int(2, 12);
        await paste(p, symbol.repeat(n));
        done.push({ kind: 'paste', person: p.name, field: f, symbol, n, recs: await drain(p) });
        await sleep(r.int(40, 140));
      }
    } else {
      // Select a range in some field and delete it, after a moment's look.
      const f = r.pick(FIELDS);
      const loc = field(p.page, f);
      const len = (await loc.inputValue()).length;
      if (len === 0) continue;
      const from = r.int(0, len - 1);
      await select(loc, from, Math.min(len, from + r.int(1, 10)));
      await sleep(r.int(80, 300));
      await p.page.keyboard.press('Backspace');
      current = f;
      done.push({ kind: 'delete', person: p.name, field: f, recs: await drain(p) });
    }
  }
  return done;
}

interface Run {
  person: string;
  field: FieldKey;
  symbol: string;
  n: number;
  /** Someone deleted some of its characters, or inserted where it could be split. */
  touched: string[];
  deletedSeen: number;
}

const count = (text: string, ch: string) => text.split(ch).length - 1;

/** Checks the recorded actions against the final texts; returns every problem found, one line each. */
function analyse(actions: Action[], final: Record<FieldKey, string>): { problems: string[]; runs: Run[] } {
  const problems: string[] = [];
  const labelOf = Object.fromEntries(FIELDS.map((f) => [LABEL[f], f])) as Record<string, FieldKey>;
  const runs = new Map<string, Run>(); // `${field}:${symbol}`
  for (const a of actions) if (a.kind === 'type' || a.kind === 'paste') runs.set(`${a.field}:${a.symbol}`, { person: a.person, field: a.field, symbol: a.symbol, n: a.n, touched: [], deletedSeen: 0 });
  const runAt = (f: FieldKey, ch: string | undefined) => (ch === undefined ? undefined : runs.get(`${f}:${ch}`));

  const deleted = (f: FieldKey, text: string, by: string) => {
    for (const ch of text) {
      const run = runAt(f, ch);
      if (!run) continue;
      run.deletedSeen++;
      if (!run.touched.includes(`deleted by ${by}`)) run.touched.push(`deleted by ${by}`);
    }
  };
  /** An insertion at [s, e) of `rec.value` by `by`, which is not part of `own`. */
  const inserted = (f: FieldKey, rec: Rec, by: string, own: Run | undefined) => {
    if (rec.e > rec.s) deleted(f, rec.value.slice(rec.s, rec.e), by);
    const left = runAt(f, rec.value[rec.s - 1]);
    if (left && left !== own) {
      const inside = rec.value[rec.e] === left.symbol;
      const more = count(rec.value, left.symbol) < left.n;
      if (inside || more) left.touched.push(`${by} typed ${inside ? 'inside it' : 'after it while it was being typed'}`);
    }
  };

  for (const a of actions) {
    const where = (rec: Rec) => labelOf[rec.label];
    if (a.kind === 'type') {
      const run = runs.get(`${a.field}:${a.symbol}`)!;
      const keys = a.recs.filter((rec) => (isKey(a.symbol) ? rec.type === 'keydown' && rec.key === a.symbol : rec.type === 'beforeinput' && rec.data === a.symbol));
      if (keys.length !== a.n) problems.push(`${a.person} typed ${a.n}× "${a.symbol}" in ${a.field} but the page saw ${keys.length} keys`);
      keys.forEach((rec, k) => {
        if (where(rec) !== a.field) problems.push(`${a.person}'s key "${a.symbol}" went to "${rec.label}", not ${a.field}`);
        inserted(a.field, rec, a.person, run);
        if (k === 0) return;
        const seen = count(rec.value, a.symbol);
        if (seen > k) problems.push(`${a.person}'s run "${a.symbol}" in ${a.field}: ${seen} copies on screen after ${k} keys (duplicated)`);
        if (seen === k && rec.value[rec.s - 1] !== a.symbol) {
          problems.push(`${a.person}'s caret left their run "${a.symbol}" in ${a.field} before key ${k + 1}: it was at ${rec.s} in ${JSON.stringify(rec.value)}`);
        }
      });
    } else if (a.kind === 'paste') {
      const rec = a.recs.find((x) => x.type === 'keydown' && x.ctrl && x.key?.toLowerCase() === 'v');
      if (!rec) problems.push(`${a.person}'s paste in ${a.field} was not seen by the page`);
      else inserted(a.field, rec, a.person, runs.get(`${a.field}:${a.symbol}`));
    } else if (a.kind === 'delete') {
      const rec = a.recs.find((x) => x.type === 'keydown' && x.key === 'Backspace');
      if (!rec) problems.push(`${a.person}'s Backspace in ${a.field} was not seen by the page`);
      else deleted(where(rec) ?? a.field, rec.e > rec.s ? rec.value.slice(rec.s, rec.e) : rec.value.slice(Math.max(0, rec.s - 1), rec.s), a.person);
    }
  }

  for (const run of runs.values()) {
    const text = final[run.field];
    const got = count(text, run.symbol);
    const what = `${run.person}'s run ${run.n}× "${run.symbol}" in ${run.field}`;
    if (got > run.n) problems.push(`${what}: ${got} in the end (duplicated)`);
    if (got < run.n - run.deletedSeen) problems.push(`${what}: only ${got} left, though deletions took at most ${run.deletedSeen} (lost)`);
    if (run.touched.length === 0 && !text.includes(run.symbol.repeat(run.n))) {
      problems.push(`${what}: not in one piece though nobody deleted or typed into it: ${JSON.stringify(text)}`);
    }
  }
  // Nothing appears that nobody typed in that field.
  for (const f of FIELDS) {
    for (const ch of new Set(final[f])) {
      if (f === 'title' && TITLE.includes(ch)) continue;
      if (!runAt(f, ch)) problems.push(`"${ch}" is in ${f} but nobody typed it there: ${JSON.stringify(final[f])}`);
    }
  }
  return { problems, runs: [...runs.values()] };
}

describe('co-editing fuzz through the UI (three people, three fields)', () => {
  it(`random typing, caret moves, deletions and pastes converge to the server's copy, everyone's runs intact (seed ${SEED})`, async () => {
    const people = draft.people;
    const deadline = Date.now() + FUZZ_MS;
    const sessions = await Promise.all(people.map((p) => session(p, deadline)));
    const actions = sessions.flat();

    const final = await converge(people, FIELDS, 60_000);
    const owner = api(server.url, draft.ownerToken);
    const serverCopy = async () => {
      const body = (await (await owner(`/api/drafts/${draft.id}/export.json`)).json()) as {
        content: { agreement: { ambition: { statement: string; promise: string }; meta: { title: string } } };
      };
      const a = body.content.agreement;
      return { statement: a.ambition.statement, promise: a.ambition.promise, title: a.meta.title };
    };
    await expect.poll(serverCopy, { timeout: 20_000, message: `seed ${SEED}: the server's copy equals every screen` }).toEqual(final);

    const { problems, runs } = analyse(actions, final);
    const tally = (k: Action['kind']) => actions.filter((a) => a.kind === k).length;
    console.log(
      `coediting fuzz (seed ${SEED}): ${tally('type')} runs typed, ${tally('paste')} pastes, ${tally('delete')} deletions, ${tally('move')} caret moves; ` +
        `${runs.filter((r) => r.touched.length === 0).length}/${runs.length} runs untouched and checked whole; final lengths ${FIELDS.map((f) => `${f} ${final[f].length}`).join(', ')}`,
    );
    expect(problems, `seed ${SEED} (rerun with SAMENSPEL_FUZZ_SEED=${SEED}); final texts ${JSON.stringify(final)}`).toEqual([]);
    // The run actually exercised something.
    expect(tally('type')).toBeGreaterThan(5);
    expect(people.flatMap((p) => p.dialogs)).toEqual([]);
  }, FUZZ_MS + 180_000);
});
