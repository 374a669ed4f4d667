// Export and import of annotations as W3C Web Annotation JSON-LD. Import loses nothing:
// new ones are stored (shared or private as they say; personal ones always private), an
// identical copy of a stored one is skipped, a different one with a stored id is kept as
// a copy with a new id, and every problem is listed with its item number. Marks made by other
// tools (W3C exports, Hypothesis) name no partner: the person chooses whose interests they are.
import { useState } from 'preact/hooks';
import type { Annotation } from '../../anchoring/annotation.js';
import { importAnnotations, toJsonLdPage } from '../../anchoring/jsonld.js';
import { annotationService, newId } from '../../agreement/index.js';
import { codedText, errorText } from '../../i18n/errors.js';
import { fileBase } from '../file-name.js';
import { useDraft, useNotify, useUi } from '../context.js';

interface Report {
  added: number;
  copies: number;
  same: number;
  problems: string[];
}

const sameContent = (x: Annotation, y: Annotation) => JSON.stringify({ ...x, visibility: '' }) === JSON.stringify({ ...y, visibility: '' });

export function ExchangePanel({ annotations, partners }: { annotations: Annotation[]; partners: { id: string; label: string }[] }) {
  const { t, host } = useUi();
  const [foreignPartner, setForeignPartner] = useState('');
  const partnerId = partners.some((p) => p.id === foreignPartner) ? foreignPartner : partners[0]?.id;
  const { session, readOnly } = useDraft();
  const notify = useNotify();
  const [report, setReport] = useState<Report | null>(null);

  const store = (a: Annotation) => annotationService(session).add(a, !readOnly);

  const onFile = async (file: File) => {
    const result = importAnnotations(await file.text(), new Set(annotations.map((a) => a.id)), { partnerId });
    const problems = result.problems.map((p) => (p.index < 0 ? codedText(p, t) : t('ui.annotations.importItem', { n: p.index + 1, message: codedText(p, t) })));
    const r: Report = { added: 0, copies: 0, same: 0, problems };
    try {
      for (const a of result.added) {
        store(a);
        r.added++;
      }
      for (const a of result.conflicts) {
        const stored = annotations.find((x) => x.id === a.id);
        if (stored && sameContent(stored, a)) r.same++;
        else {
          store({ ...a, id: newId() });
          r.copies++;
        }
      }
    } catch (e) {
      // A refused write (e.g. a draft of a newer Samenspel) stops the import; what was stored stays.
      r.problems.push(errorText(e, t));
    }
    setReport(r);
    notify(t('ui.annotations.imported', { added: r.added, copies: r.copies, same: r.same, problems: r.problems.length }));
  };

  return (
    <section aria-labelledby="ann-exchange">
      <h3 id="ann-exchange">{t('ui.annotations.exchange')}</h3>
      <p class="hint">{t('ui.annotations.exchangeHint')}</p>
      {partners.length > 0 && (
        <p>
          <label>
            {t('ui.annotations.foreignPartner')}{' '}
            <select value={partnerId} onChange={(e) => setForeignPartner(e.currentTarget.value)}>
              {partners.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
            </select>
          </label>
        </p>
      )}
      <div class="actions">
        <button
          type="button"
          disabled={annotations.length === 0}
          onClick={async () => {
            const json = JSON.stringify(toJsonLdPage(annotations), null, 2);
            const name = fileBase(session.draft.title, 'samenspel') + '-annotaties.jsonld';
            const r = await host.download({ name, mime: 'application/ld+json', bytes: new TextEncoder().encode(json) });
            notify(r.ok ? (r.message ?? t('ui.export.done')) : r.message);
          }}
        >
          {t('ui.annotations.export')}
        </button>
        <label class="button">
          {t('ui.annotations.import')}
          <input
            type="file"
            class="visually-hidden"
            accept=".jsonld,.json,application/ld+json,application/json"
            onChange={(e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              if (file) void onFile(file).finally(() => (input.value = ''));
            }}
          />
        </label>
      </div>
      {report && (
        <div role="status" data-testid="import-report">
          <p>{t('ui.annotations.imported', { added: report.added, copies: report.copies, same: report.same, problems: report.problems.length })}</p>
          {report.problems.length > 0 && (
            <ul>
              {report.problems.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
