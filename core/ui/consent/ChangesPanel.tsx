// Wat is er veranderd: two versions, or a version and the draft as it is now, compared part
// by part (compare.ts). Added words are marked <ins>, removed ones <del>, each with a
// visually hidden "toegevoegd"/"verwijderd" for screen readers. Who changed it, per part:
// the members of the updates stored between the two, as the server replays them
// (GET /changes/authors, change-authors.ts words it).
import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import { readAgreement, type Agreement } from '../../agreement/index.js';
import type { ChangeAuthors, VersionSummary } from '../../consent/contract.js';
import { formatList } from '../../i18n/index.js';
import { useDraft, useUi } from '../context.js';
import { useAgreement } from '../use-doc.js';
import { everyAuthor, partAuthorLines, personText } from './change-authors.js';
import { compareAgreements, type PartChange } from './compare.js';
import { changeAuthors } from './consent-api.js';
import { failureText } from './use-action.js';
import { apiTarget } from './use-consent.js';
import { versionDoc } from './version-state.js';

const NOW = 'now';

export function ChangesPanel(props: { versions: VersionSummary[]; defaultFrom: string | null }) {
  const { t, lang } = useUi();
  const { session } = useDraft();
  const id = useId();
  const sorted = [...props.versions].sort((a, b) => a.n - b.n);
  const [fromId, setFromId] = useState<string>(props.defaultFrom ?? sorted.at(-1)?.id ?? '');
  const [toId, setToId] = useState<string>(NOW);
  const [states, setStates] = useState<{ from: Agreement; to: Agreement | null } | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The live draft, re-read after each change, so "now" stays now.
  const current = useAgreement(session.doc);

  useEffect(() => {
    if (!fromId) return;
    let live = true;
    setError(null);
    const target = apiTarget(session);
    Promise.all([versionDoc(target, fromId), toId === NOW ? Promise.resolve(null) : versionDoc(target, toId)]).then(
      ([from, to]) => {
        if (live) setStates({ from: readAgreement(from).agreement, to: to && readAgreement(to).agreement });
        from.destroy();
        to?.destroy();
      },
      (e) => live && setError(failureText(e, t)),
    );
    return () => {
      live = false;
    };
  }, [fromId, toId]);

  const changes: PartChange[] | null = useMemo(() => (states ? compareAgreements(states.from, states.to ?? current, lang) : null), [states, lang, current]);
  // Asked again when the choice changes or another part becomes changed (not on every keystroke).
  const changedKey = changes?.filter((c) => c.changed).map((c) => c.id).join(',') ?? '';
  const [who, setWho] = useState<{ key: string; value: ChangeAuthors | null; failed: boolean } | null>(null);
  useEffect(() => {
    if (!fromId || !states) return;
    let live = true;
    const key = `${fromId}|${toId}`;
    changeAuthors(apiTarget(session), fromId, toId).then(
      (value) => live && setWho({ key, value, failed: false }),
      () => live && setWho({ key, value: null, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [fromId, toId, states, changedKey]);
  const authorsOf = who && who.key === `${fromId}|${toId}` ? who : null;
  const partnerName = (pid: string) => current.partners.find((p) => p.id === pid)?.name.trim() ?? '';
  if (sorted.length === 0) return (
    <section aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('ui.consent.changes.title')}</h3>
      <p class="empty">{t('ui.consent.changes.noVersions')}</p>
    </section>
  );
  const changed = changes?.filter((c) => c.changed) ?? [];
  const parts = authorsOf?.value?.parts ?? {};
  const authors = everyAuthor(parts, changed.map((c) => c.id)).map((a) => personText(a, partnerName, t));
  const label = (v: VersionSummary) => t('ui.consent.versions.label', { n: v.n, name: v.name });
  return (
    <section aria-labelledby={`${id}-h`} class="changes" data-testid="changes">
      <h3 id={`${id}-h`}>{t('ui.consent.changes.title')}</h3>
      <div class="field inline">
        <label for={`${id}-from`}>{t('ui.consent.changes.from')}</label>
        <select id={`${id}-from`} value={fromId} onChange={(e) => setFromId(e.currentTarget.value)} data-testid="changes-from">
          {sorted.map((v) => (
            <option key={v.id} value={v.id}>{label(v)}</option>
          ))}
        </select>
        <label for={`${id}-to`}>{t('ui.consent.changes.to')}</label>
        <select id={`${id}-to`} value={toId} onChange={(e) => setToId(e.currentTarget.value)} data-testid="changes-to">
          <option value={NOW}>{t('ui.consent.changes.now')}</option>
          {sorted.map((v) => (
            <option key={v.id} value={v.id}>{label(v)}</option>
          ))}
        </select>
      </div>
      {error && <p class="warning">{error}</p>}
      {changes && (
        <>
          <p role="status">{changed.length === 0 ? t('ui.consent.changes.same') : t('ui.consent.changes.count', { n: changed.length })}</p>
          {authors.length > 0 && <p class="hint" data-testid="changes-authors">{t('ui.consent.changes.authors', { names: formatList(authors, lang) })}</p>}
          {authorsOf?.failed && changed.length > 0 && <p class="hint">{t('ui.consent.changes.authorsUnknown')}</p>}
          {changed.map((c) => (
            <article key={c.id} class="card part-diff" aria-labelledby={`${id}-${c.id}`} data-part={c.id}>
              <h4 id={`${id}-${c.id}`}>{c.title}</h4>
              {partAuthorLines(parts[c.id], partnerName, t, lang).map((line, i) => (
                <p key={i} class="hint part-authors" data-testid="part-authors">{line}</p>
              ))}
              <p class="diff">
                {c.pieces.map((p, i) =>
                  p.kind === 'added' ? (
                    <ins key={i}><span class="visually-hidden">{t('ui.consent.changes.added')} </span>{p.text}</ins>
                  ) : p.kind === 'removed' ? (
                    <del key={i}><span class="visually-hidden">{t('ui.consent.changes.removed')} </span>{p.text}</del>
                  ) : (
                    <span key={i}>{p.text}</span>
                  ),
                )}
              </p>
            </article>
          ))}
        </>
      )}
    </section>
  );
}
