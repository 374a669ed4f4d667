// The agreed version in Word: which version of the draft was last vastgesteld, per section in
// this document whether it is that version N, from an older version M, edited in Word since
// it was inserted, or inserted from the unagreed draft (agreed-sections.ts), a button that
// brings the document to version N (Bijwerken from the agreed state; sections edited in Word
// are kept only when the user says so in the conflict dialog; the whole agreement when none
// is in the document yet), and the open points per part in a compact list.
import { useEffect, useState } from 'preact/hooks';
import { readAgreement, type Agreement } from '../../core/agreement/index.js';
import { translator, type Lang } from '../../core/i18n/index.js';
import { SECTION_IDS } from '../../core/render/blocks.js';
import { agreementSection } from '../../core/render/agreement.js';
import { apiTarget } from '../../core/ui/consent/use-consent.js';
import { formatMoment, openOf, partTitle } from '../../core/ui/consent/open-points.js';
import { lastAgreed } from '../../core/ui/consent/round-state.js';
import { readServerRecords, type ServerRecords } from '../../core/ui/consent/server-records.js';
import { versionDoc } from '../../core/ui/consent/version-state.js';
import { failureText } from '../../core/ui/consent/use-action.js';
import type { DraftSession } from '../../core/ui/index.js';
import type { WordPlatform } from '../platform.js';
import { findInserted, insertSections, type WordRun } from '../word-adapter.js';
import { sectionLabel, type WordHost } from '../word-host.js';
import { checkAgainstAgreed, stateText, type SectionCheck } from './agreed-sections.js';
import { useConflictQuestion } from './use-conflict-question.js';

export interface AgreedVersionPanelProps {
  session: DraftSession;
  lang: Lang;
  run: WordRun;
  platform: WordPlatform | undefined;
  /** A Word host whose draft is the agreed version (set through `setAgreed`), made with `offerEdited`. */
  agreedHost: WordHost;
  /** The agreed version's state and number, for `agreedHost`; null while there is none. */
  setAgreed: (agreed: { agreement: Agreement; n: number } | null) => void;
}

function useRecords(session: DraftSession): ServerRecords {
  const [records, setRecords] = useState(() => readServerRecords(session.doc));
  useEffect(() => {
    const update = () => setRecords(readServerRecords(session.doc));
    update();
    session.doc.on('update', update);
    return () => session.doc.off('update', update);
  }, [session]);
  return records;
}

export function AgreedVersionPanel(props: AgreedVersionPanelProps) {
  const t = translator(props.lang);
  const records = useRecords(props.session);
  const version = lastAgreed(records.versions);
  const [agreed, setAgreed] = useState<Agreement | null>(null);
  const [checks, setChecks] = useState<SectionCheck[] | null>(null);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const question = useConflictQuestion(t);
  const bookmarks = { bookmarks: props.platform?.readsBookmarks ?? false };

  useEffect(() => {
    setAgreed(null);
    setChecks(null);
    props.setAgreed(null);
    if (!version) return;
    let live = true;
    versionDoc(apiTarget(props.session), version.id).then(
      (doc) => {
        const a = readAgreement(doc).agreement;
        doc.destroy();
        if (!live) return;
        setAgreed(a);
        props.setAgreed({ agreement: a, n: version.n });
      },
      (e) => live && setMessage(failureText(e, t)),
    );
    return () => {
      live = false;
    };
  }, [version?.id, props.session]);

  const check = async (a: Agreement) => {
    const found = await findInserted(props.run, bookmarks);
    const result = checkAgainstAgreed(found, props.session.draft.id, a, version!.n);
    setChecks(result);
    return result;
  };

  const act = async (action: () => Promise<string>) => {
    setBusy(true);
    try {
      setMessage(await action());
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const bringToAgreed = (a: Agreement) =>
    act(async () => {
      const before = await check(a);
      if (before.length === 0) {
        const contents = SECTION_IDS.map((id) => {
          const section = agreementSection(a, id);
          return { draftId: props.session.draft.id, section, title: t('word.control.title', { section: sectionLabel(props.lang, id, section.title) }), version: version!.n };
        });
        await insertSections(props.run, contents, { anchor: props.platform?.anchor ?? 'control' });
      } else {
        const outcome = await props.agreedHost.refreshAll(question.ask);
        if (!outcome.ok) return outcome.message;
      }
      const after = await check(a);
      return t('ui.consent.word.inserted', { n: version!.n, count: after.filter((c) => c.state.kind === 'agreed').length });
    });

  const stale = checks?.filter((c) => c.state.kind !== 'agreed') ?? [];
  const open = openOf(records.comments);
  const byPart = [...new Set(open.map((c) => c.target.part))];
  return (
    <section class="word-agreed" aria-labelledby="word-agreed-title">
      <h2 id="word-agreed-title">{t('ui.consent.word.title')}</h2>
      {!version ? (
        <p class="hint">{t('ui.consent.word.none')}</p>
      ) : (
        <>
          <p>{t('ui.consent.word.version', { n: version.n, name: version.name, at: formatMoment(version.agreedAt!, props.lang) })}</p>
          <div class="word-actions">
            <button type="button" disabled={busy || !agreed} onClick={() => agreed && void act(async () => ((await check(agreed)), ''))}>
              {t('ui.consent.word.check')}
            </button>
            <button type="button" disabled={busy || !agreed} onClick={() => agreed && void bringToAgreed(agreed)}>
              {t('ui.consent.word.insert')}
            </button>
          </div>
          {checks && checks.length === 0 && <p class="hint">{t('ui.consent.word.noSections')}</p>}
          {checks && checks.length > 0 && stale.length === 0 && <p class="ok" data-testid="word-agreed-state">{t('ui.consent.word.allAgreed', { n: version.n })}</p>}
          {stale.length > 0 && (
            <div class="warning" data-testid="word-agreed-state">
              <p>{t('ui.consent.word.stale', { n: version.n })}</p>
              <ul>
                {stale.map((c) => (
                  <li key={c.sectionId} data-state={c.state.kind}>
                    {stateText(c.state, sectionLabel(props.lang, c.sectionId), version.n, t)}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
      <p role="status" aria-live="polite" class="word-status">{message}</p>
      {question.dialog}
      <h3>{t('ui.consent.points.title')}</h3>
      {open.length === 0 ? (
        <p class="hint">{t('ui.consent.points.none')}</p>
      ) : (
        <ul class="word-points" data-testid="word-open-points">
          {byPart.map((part) => (
            <li key={part}>
              <strong>{partTitle(part, t)}</strong> ({open.filter((c) => c.target.part === part).length})
              <ul>
                {open.filter((c) => c.target.part === part).map((c) => (
                  <li key={c.id}>{c.body} <span class="hint">({c.authorName})</span></li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
