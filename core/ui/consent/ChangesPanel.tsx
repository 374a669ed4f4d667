// Wat is er veranderd: two versions, or a version and the draft as it is now, compared part
// by part (compare.ts). Added words are marked <ins>, removed ones <del>, each with a
// visually hidden "toegevoegd"/"verwijderd" for screen readers. Who changed it: the authors
// of the versions stored between the two (the server records a member per update, but no
// route gives them per part yet).
import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import { readAgreement, type Agreement } from '../../agreement/index.js';
import type { VersionSummary } from '../../consent/contract.js';
import { formatList } from '../../i18n/index.js';
import { useDraft, useUi } from '../context.js';
import { useAgreement } from '../use-doc.js';
import { compareAgreements, type PartChange } from './compare.js';
import { failureText } from './use-action.js';
import { apiTarget } from './use-consent.js';
import { versionDoc } from './version-state.js';

const NOW = 'now';

/** The versions whose authors changed something between `from` and `to` (to: null for now). */
export function authorsBetween(versions: VersionSummary[], from: VersionSummary, to: VersionSummary | null): string[] {
  const inRange = versions.filter((v) => v.n > from.n && (to === null || v.n <= to.n));
  return [...new Set(inRange.map((v) => v.authorName))];
}

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
  if (sorted.length === 0) return (
    <section aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('ui.consent.changes.title')}</h3>
      <p class="empty">{t('ui.consent.changes.noVersions')}</p>
    </section>
  );
  const from = sorted.find((v) => v.id === fromId) ?? null;
  const to = toId === NOW ? null : (sorted.find((v) => v.id === toId) ?? null);
  const authors = from ? authorsBetween(sorted, from, to) : [];
  const changed = changes?.filter((c) => c.changed) ?? [];
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
          {toId === NOW && from && <p class="hint">{t('ui.consent.changes.nowAuthors', { n: from.n })}</p>}
          {changed.map((c) => (
            <article key={c.id} class="card part-diff" aria-labelledby={`${id}-${c.id}`} data-part={c.id}>
              <h4 id={`${id}-${c.id}`}>{c.title}</h4>
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
