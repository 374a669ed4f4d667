// Two and three people typing in one field at the same time, in Debian's Chromium (one
// browser context each, on one draft of the web page), with human delays so their keystrokes
// really overlap: at the end, at the start and end, in the middle, deleting a word next to
// the partner's typing, pasting a long Dutch text, IME composition, and Ctrl+Z. Every case
// checks that all screens show the same text, that each person's run is intact and where it
// was typed, and that a reloaded page shows the same; Ctrl+Z undoes only one's own edit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { ServerProcess } from '../support/server.js';
import { launchBrowser, startWebServer } from './browser.js';
import {
  caret,
  joinDraft,
  caretAt,
  compose,
  composedText,
  converge,
  field,
  occurrences,
  openSharedDraft,
  paste,
  reload,
  selectText,
  sleep,
  typeHuman,
  type CompositionStep,
  type FieldKey,
  type Person,
  type SharedDraft,
} from './typing.js';

const SENTENCE = 'Alle kinderen in Noorderwijk lezen met plezier.';

/** About 3,000 characters of agreement text with accents, euro signs and curly quotes. */
const LONG_DUTCH = [
  'Artikel 1. De bibliotheek, de gemeente en de scholen spreken af dat elk kind in groep 1 tot en met 8 een eigen bibliotheekpas krijgt; de ‘Boekstart’-koffer gaat mee naar elk consultatiebureau.',
  'Artikel 2. In het café van de centrale bibliotheek is elke woensdag een voorleesuur. Zoë en Noël van de leesclub lezen voor; ouders die het Nederlands nog leren, zijn geïnteresseerd en welkom.',
  'Artikel 3. De gemeente draagt € 45.000 per jaar bij, de bibliotheek € 30.000 in uren van leesconsulenten, de scholen stellen hun aula’s beschikbaar. Samen heet dat ‘cofinanciering’.',
  'Artikel 4. Wie een naïeve vraag stelt, krijgt een serieus antwoord: de coördinator beantwoordt vragen binnen vijf werkdagen, per e-mail of in het spreekuur op dinsdag.',
  'Artikel 5. Twee keer per jaar kijken de partners terug: wat ging goed, wat kan beter, wie mist er aan tafel? Het verslag komt in het gedeelde concept, zodat niemand ‘het vergeten’ kan.',
  'Artikel 6. Bij onenigheid praten eerst de uitvoerders met elkaar, daarna de directeuren; pas als dat niet lukt, vraagt de stuurgroep een onafhankelijke gespreksleider (€ 1.250 per sessie).',
  'Artikel 7. Persoonsgegevens van kinderen worden niet gedeeld; de scholen tellen alleen het aantal uitgeleende boeken per groep, geanonimiseerd en per kwartaal.',
  'Artikel 8. Een partner die wil uittreden, meldt dat drie maanden vooraf. De lopende activiteiten ronden we samen af, zodat geen enkel kind midden in het schooljaar zijn leesbegeleiding kwijt is.',
  'Artikel 9. De bibliotheek zorgt voor een collectie in meerdere talen — Arabisch, Pools, Oekraïens, Turks — en voor prentenboeken zonder tekst, voor wie (nog) niet leest.',
  'Artikel 10. De afspraken gelden van 1 januari 2027 tot en met 31 december 2030 en worden elk jaar in november herijkt; kleine wijzigingen mag de coördinator zelf doorvoeren.',
  'Artikel 11. Elke partner wijst één aanspreekpunt aan op directieniveau en één op de werkvloer; zij ontmoeten elkaar elk kwartaal, afwisselend op school, in het gemeentehuis en in de bibliotheek.',
  'Artikel 12. Successen vieren we samen: aan het eind van elk schooljaar is er een leesfeest met een ‘gouden boekenlegger’ voor de groep die het meest heeft gelezen — ook een voorleesmarathon telt mee.',
  'Artikel 13. Deze tekst is opgesteld door de partners samen, in de werkruimte van Samenspel, en is ondertekend door de bevoegde vertegenwoordigers; wijzigingen worden in het logboek vastgelegd.',
  'Artikel 14. Wat hier niet is geregeld, bespreken de partners in hun eerstvolgende overleg; tot die tijd blijft de praktijk zoals die is, tenzij de veiligheid van kinderen anders vraagt.',
  'Artikel 15. De leesconsulent is op maandag en donderdag op school; in de vakanties is er een ‘zomerlezen’-programma in de wijkbibliotheek, met een café-hoek voor ouders en een knutseltafel.',
  'Artikel 16. Over de resultaten rapporteren we één keer per jaar aan de gemeenteraad, in gewone taal en met verhalen van kinderen, leerkrachten en ouders — niet alleen met cijfers.',
  'Artikel 17. Nieuwe partners, zoals de kinderopvang of het buurthuis, zijn welkom; zij tekenen een aanvulling op deze afspraken en krijgen een eigen link in de werkruimte.',
].join('\n\n');

let server: ServerProcess;
let browser: Browser;
/** One draft for the whole file: Anna and Bram first, Cor joins for the three-person cases. */
let draft: SharedDraft;

beforeAll(async () => {
  server = await startWebServer();
  browser = await launchBrowser();
  draft = await openSharedDraft(browser, server.url, { names: ['Anna', 'Bram'], title: 'Samen typen', seed: 20270101 });
});

afterAll(async () => {
  expect(draft?.people.flatMap((p) => p.dialogs)).toEqual([]);
  await draft?.close();
  await browser?.close();
  await server?.dispose();
});

/** Runs the people's parts at once (each after a small random start delay) and returns their results. */
function together<T>(parts: [Person, () => Promise<T>][]): Promise<T[]> {
  return Promise.all(parts.map(async ([p, run]) => {
    await sleep(p.rand.int(0, 120));
    return run();
  }));
}

/** A signal one person's part waits for until another's has reached a point. */
function signal(): { give: () => void; given: Promise<void> } {
  let give!: () => void;
  const given = new Promise<void>((r) => (give = r));
  return { give, given };
}

/**
 * Types `run` before a word another person is about to delete: the first letters, then (once
 * that person saw them and started) the rest, so the rest arrives while they select and delete
 * however slow the sync is — with a fixed pace a slow machine let the typing end first.
 */
async function typeBefore(p: Person, run: string, started: Promise<void>): Promise<{ start: number; end: number }> {
  const first = await typeHuman(p, run.slice(0, 3));
  await started;
  const rest = await typeHuman(p, run.slice(3));
  return { start: first.start, end: rest.end };
}

/** The intervals really overlapped: otherwise the case tested turns, not concurrency. */
function expectOverlap(spans: { start: number; end: number }[]) {
  for (const a of spans) for (const b of spans) if (a !== b) expect(a.start < b.end && b.start < a.end, `typing overlapped in time: ${JSON.stringify(spans)}`).toBe(true);
}

/** One person writes the starting text; everyone sees it. */
async function base(people: Person[], by: Person, key: FieldKey, text: string) {
  await field(by.page, key).fill(text);
  expect((await converge(people, [key]))[key]).toBe(text);
}

function expectIntact(text: string, runs: Record<string, string>) {
  for (const [who, run] of Object.entries(runs)) {
    expect(occurrences(text, run), `${who}'s typing "${run}" appears exactly once, in one piece, in ${JSON.stringify(text)}`).toBe(1);
  }
}

/**
 * All screens agree; the text is one of `allowed`; each typist's caret still sits right after
 * their own run (not at the offset it had before the partner's text came in); a reload of
 * `reloaded` shows the same text.
 */
async function expectFinal(people: Person[], key: FieldKey, allowed: string[], runs: Record<string, string>, reloaded: Person): Promise<string> {
  const text = (await converge(people, [key]))[key];
  expectIntact(text, runs);
  expect(allowed).toContain(text);
  for (const p of people) {
    const run = runs[p.name];
    if (run === undefined) continue;
    const at = await field(p.page, key).evaluate((el) => [(el as HTMLInputElement).selectionStart, (el as HTMLInputElement).selectionEnd]);
    const after = text.indexOf(run) + run.length;
    expect(at, `${p.name}'s caret is right after their own text`).toEqual([after, after]);
  }
  await reload(reloaded);
  expect((await converge(people, [key]))[key]).toBe(text);
  return text;
}

const perms = <T>(xs: T[]): T[][] => (xs.length <= 1 ? [xs] : xs.flatMap((x, i) => perms([...xs.slice(0, i), ...xs.slice(i + 1)]).map((rest) => [x, ...rest])));

describe('two people typing in one field at the same time', () => {
  let anna: Person;
  let bram: Person;
  let both: Person[];

  beforeAll(() => {
    [anna, bram] = draft.people as [Person, Person];
    both = [anna, bram];
  });

  it('(a) both type at the end at once: both sentences intact, one after the other', async () => {
    const S = 'Samen maken we van Noorderwijk een leesstad.';
    const A = ' Alle kinderen in Noord lezen met plezier.';
    const B = ' Ouders lezen thuis voor.';
    await base(both, anna, 'statement', S);
    await Promise.all([caret(anna, field(anna.page, 'statement'), 'end'), caret(bram, field(bram.page, 'statement'), 'end')]);
    const spans = await together([[anna, () => typeHuman(anna, A)], [bram, () => typeHuman(bram, B)]]);
    expectOverlap(spans);
    await expectFinal(both, 'statement', [S + A + B, S + B + A], { Anna: A, Bram: B }, bram);
  });

  it('(b) one at the start, the other at the end (the draft title, an <input>)', async () => {
    const S = 'Leesplan Noorderwijk';
    const A = 'Concept, eerste versie — ';
    const B = ' voor 2027–2030';
    await base(both, bram, 'title', S);
    await Promise.all([caret(anna, field(anna.page, 'title'), 'start'), caret(bram, field(bram.page, 'title'), 'end')]);
    const spans = await together([[anna, () => typeHuman(anna, A)], [bram, () => typeHuman(bram, B)]]);
    expectOverlap(spans);
    const text = await expectFinal(both, 'title', [A + S + B], { Anna: A, Bram: B }, anna);
    // The header follows the title too.
    await expect.poll(() => bram.page.locator('.draft-title').textContent()).toBe(text);
  });

  it('(c) both in the middle of an existing sentence, at different words', async () => {
    const A = ' van groep 1 tot en met 8';
    const B = ' elke dag een kwartier';
    await base(both, anna, 'statement', SENTENCE);
    await Promise.all([caretAt(anna, field(anna.page, 'statement'), 'kinderen', 'after'), caretAt(bram, field(bram.page, 'statement'), 'lezen', 'after')]);
    const spans = await together([[anna, () => typeHuman(anna, A)], [bram, () => typeHuman(bram, B)]]);
    expectOverlap(spans);
    await expectFinal(both, 'statement', ['Alle kinderen' + A + ' in Noorderwijk lezen' + B + ' met plezier.'], { Anna: A, Bram: B }, bram);
  });

  it('(c) both in the middle, at the very same spot', async () => {
    const A = ' (ook de peuters)';
    const B = ' en hun ouders';
    await base(both, bram, 'statement', SENTENCE);
    await Promise.all([caretAt(anna, field(anna.page, 'statement'), 'kinderen', 'after'), caretAt(bram, field(bram.page, 'statement'), 'kinderen', 'after')]);
    const spans = await together([[anna, () => typeHuman(anna, A)], [bram, () => typeHuman(bram, B)]]);
    expectOverlap(spans);
    const [head, tail] = ['Alle kinderen', ' in Noorderwijk lezen met plezier.'];
    await expectFinal(both, 'statement', [head + A + B + tail, head + B + A + tail], { Anna: A, Bram: B }, anna);
  });

  it('(d) one selects a word and deletes it while the other types right before it', async () => {
    const B = 'de wijken rond het park ';
    await base(both, anna, 'statement', SENTENCE);
    const annaField = field(anna.page, 'statement');
    await caretAt(bram, field(bram.page, 'statement'), 'Noorderwijk', 'before');
    const annaStarted = signal();
    const [typed, deleted] = await together<{ start: number; end: number }>([
      [bram, () => typeBefore(bram, B, annaStarted.given)],
      [
        anna,
        async () => {
          // Anna sees Bram start typing, selects "Noorderwijk " and, after a moment's thought
          // (while Bram's letters keep arriving right before her selection), deletes it.
          await expect.poll(() => annaField.inputValue(), { timeout: 15_000 }).toContain('in de');
          const start = Date.now();
          annaStarted.give();
          await selectText(annaField, 'Noorderwijk ');
          await sleep(anna.rand.int(500, 800));
          await anna.page.keyboard.press('Backspace');
          return { start, end: Date.now() };
        },
      ],
    ]);
    expectOverlap([typed!, deleted!]);
    await expectFinal(both, 'statement', ['Alle kinderen in de wijken rond het park lezen met plezier.'], { Bram: B }, bram);
  });

  it('(e) one pastes a long Dutch text (3,000 characters) at the end while the other types in the middle', async () => {
    expect(LONG_DUTCH.length).toBeGreaterThan(3000);
    const B = ' en jongeren (Zoë’s café-club, € 0)';
    const after = ' Tot zover.';
    await base(both, bram, 'statement', SENTENCE);
    await Promise.all([caret(anna, field(anna.page, 'statement'), 'end'), caretAt(bram, field(bram.page, 'statement'), 'kinderen', 'after')]);
    const spans = await together([
      [bram, () => typeHuman(bram, B)],
      [
        anna,
        async () => {
          const start = Date.now();
          await sleep(anna.rand.int(400, 900));
          await paste(anna, '\n\n' + LONG_DUTCH);
          await typeHuman(anna, after);
          return { start, end: Date.now() };
        },
      ],
    ]);
    expectOverlap(spans);
    const expected = 'Alle kinderen' + B + ' in Noorderwijk lezen met plezier.' + '\n\n' + LONG_DUTCH + after;
    await expectFinal(both, 'statement', [expected], { Anna: '\n\n' + LONG_DUTCH + after, Bram: B }, anna);
  });

  it('(f) one writes with an IME (composition) at the start while the other types at the end', async () => {
    const steps: CompositionStep[] = [
      { type: 'Zo', compose: { steps: ['¨'], commit: 'ë' } },
      { type: ' leest ', compose: { steps: ['に', 'にほ', 'にほん', 'にほんご', '日本語'], commit: '日本語' } },
      { type: ' en Nederlands. ' },
    ];
    const A = composedText(steps);
    const B = ' Ook in de zomer.';
    await base(both, bram, 'statement', SENTENCE);
    await Promise.all([caret(anna, field(anna.page, 'statement'), 'start'), caret(bram, field(bram.page, 'statement'), 'end')]);
    const spans = await together([[anna, () => compose(anna, steps)], [bram, () => typeHuman(bram, B)]]);
    expectOverlap(spans);
    await expectFinal(both, 'statement', [A + SENTENCE + B], { Anna: A, Bram: B }, bram);
  });

  it('Ctrl+Z undoes only my own last edit, never what my partner typed (even when the partner typed last)', async () => {
    const S = 'Wij verbinden ons voor drie jaar.';
    const A = ' Met een evaluatie elk voorjaar.';
    const B1 = 'Vanaf 2027';
    const B2 = ' en daarna: ';
    await base(both, bram, 'commitment', S);
    const annaField = field(anna.page, 'commitment');
    await Promise.all([caret(anna, annaField, 'end'), caret(bram, field(bram.page, 'commitment'), 'start')]);
    let annaDone: Promise<unknown> = Promise.resolve();
    const spans = await together([
      [anna, () => (annaDone = typeHuman(anna, A))],
      [
        bram,
        async () => {
          const first = await typeHuman(bram, B1);
          await annaDone;
          await typeHuman(bram, B2); // Bram's keys are the last ones in this field
          return { start: first.start, end: Date.now() };
        },
      ],
    ]);
    expectOverlap(spans);
    const B = B1 + B2;
    expect((await converge(both, ['commitment'])).commitment).toBe(B + S + A);

    // Anna's Ctrl+Z takes back (part of) her own sentence; Bram's text and the base stay.
    await anna.page.keyboard.press('Control+Z');
    let text = '';
    await expect
      .poll(async () => (text = (await converge(both, ['commitment'])).commitment), { timeout: 30_000 })
      .not.toBe(B + S + A);
    const own = (v: string) => v.startsWith(B + S) && A.startsWith(v.slice((B + S).length)) && v.length < (B + S + A).length;
    expect(own(text), `after one Ctrl+Z only Anna's text got shorter: ${JSON.stringify(text)}`).toBe(true);
    // However her undo groups her typing, repeating Ctrl+Z takes all of it back, and only it.
    for (let i = 0; i < 40 && text !== B + S; i++) {
      await anna.page.keyboard.press('Control+Z');
      text = (await converge(both, ['commitment'])).commitment;
      expect(text === B + S || own(text), `Ctrl+Z ${i + 2} only took back Anna's text: ${JSON.stringify(text)}`).toBe(true);
    }
    expect(text).toBe(B + S);
    // Nothing of hers is left to undo in this field: one more Ctrl+Z changes nothing.
    await anna.page.keyboard.press('Control+Z');
    expect((await converge(both, ['commitment'])).commitment).toBe(B + S);
    await reload(anna);
    expect((await converge(both, ['commitment'])).commitment).toBe(B + S);
  });
});

describe('three people typing in one field at the same time', () => {
  let anna: Person;
  let bram: Person;
  let cor: Person;
  let all: Person[];

  beforeAll(async () => {
    [anna, bram] = draft.people as [Person, Person];
    cor = await joinDraft(browser, draft, 'Cor', 20270202);
    all = [anna, bram, cor];
  });

  it('(a) all three type at the end of the belofte at once', async () => {
    const S = 'Wij beloven elk kind een leesplek.';
    const runs = { Anna: ' In elke school een boekenkast.', Bram: ' Elke week voorlezen.', Cor: ' Gratis lid tot achttien.' };
    await base(all, cor, 'promise', S);
    await Promise.all(all.map((p) => caret(p, field(p.page, 'promise'), 'end')));
    const spans = await together(all.map((p) => [p, () => typeHuman(p, runs[p.name as keyof typeof runs])] as [Person, () => Promise<{ start: number; end: number }>]));
    expectOverlap(spans);
    await expectFinal(all, 'promise', perms(Object.values(runs)).map((order) => S + order.join('')), runs, cor);
  });

  it('(b, c) one at the start, two at the same spot in the middle', async () => {
    const runs = { Anna: 'Ons doel: ', Bram: ' en jongeren', Cor: ' (van nul tot twaalf)' };
    await base(all, anna, 'statement', SENTENCE);
    await Promise.all([
      caret(anna, field(anna.page, 'statement'), 'start'),
      caretAt(bram, field(bram.page, 'statement'), 'kinderen', 'after'),
      caretAt(cor, field(cor.page, 'statement'), 'kinderen', 'after'),
    ]);
    const spans = await together(all.map((p) => [p, () => typeHuman(p, runs[p.name as keyof typeof runs])] as [Person, () => Promise<{ start: number; end: number }>]));
    expectOverlap(spans);
    const tail = ' in Noorderwijk lezen met plezier.';
    const allowed = [runs.Bram + runs.Cor, runs.Cor + runs.Bram].map((middle) => runs.Anna + 'Alle kinderen' + middle + tail);
    await expectFinal(all, 'statement', allowed, runs, anna);
  });

  it('(d) one deletes a word while the others type right before it and a word further on', async () => {
    const B = 'de wijken rond het park ';
    const C = ' graag';
    await base(all, bram, 'statement', SENTENCE);
    const annaField = field(anna.page, 'statement');
    await Promise.all([caretAt(bram, field(bram.page, 'statement'), 'Noorderwijk', 'before'), caretAt(cor, field(cor.page, 'statement'), 'lezen', 'after')]);
    const annaStarted = signal();
    const spans = await together<{ start: number; end: number }>([
      [bram, () => typeBefore(bram, B, annaStarted.given)],
      [cor, () => typeHuman(cor, C + ' en veel')],
      [
        anna,
        async () => {
          await expect.poll(() => annaField.inputValue(), { timeout: 15_000 }).toContain('in de');
          const start = Date.now();
          annaStarted.give();
          await selectText(annaField, 'Noorderwijk ');
          await sleep(anna.rand.int(400, 700));
          await anna.page.keyboard.press('Backspace');
          return { start, end: Date.now() };
        },
      ],
    ]);
    expectOverlap([spans[0]!, spans[2]!]);
    await expectFinal(all, 'statement', ['Alle kinderen in de wijken rond het park lezen graag en veel met plezier.'], { Bram: B, Cor: C + ' en veel' }, cor);
  });

  it('(e, f) one pastes, one composes with an IME, one types — all in the doen field', async () => {
    const S = 'We organiseren voorleesochtenden.';
    const steps: CompositionStep[] = [{ type: ' Met ', compose: { steps: ['か', 'かみ', '紙'], commit: '紙' } }, { type: 'theater en ' }, { compose: { steps: ['´'], commit: 'é' } }, { type: 'én voorstelling.' }];
    const B = 'Elke maand: ';
    await base(all, anna, 'doing', S);
    await Promise.all([caret(anna, field(anna.page, 'doing'), 'end'), caret(bram, field(bram.page, 'doing'), 'start'), caretAt(cor, field(cor.page, 'doing'), 'voorleesochtenden', 'before')]);
    const spans = await together<{ start: number; end: number }>([
      [anna, () => compose(anna, steps)],
      [bram, () => typeHuman(bram, B)],
      [
        cor,
        async () => {
          const start = Date.now();
          await typeHuman(cor, 'kleine ');
          await paste(cor, 'en grote ‘kamishibai’-');
          return { start, end: Date.now() };
        },
      ],
    ]);
    expectOverlap(spans);
    const A = composedText(steps);
    const C = 'kleine en grote ‘kamishibai’-';
    await expectFinal(all, 'doing', [B + 'We organiseren ' + C + 'voorleesochtenden.' + A], { Anna: A, Bram: B, Cor: C }, bram);
  });
});
