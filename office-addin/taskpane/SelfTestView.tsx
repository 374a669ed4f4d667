// The Zelftest in the task pane: what it does, a start button, and the outcome — every step
// passed or failed, the report in a read-only field with a copy button (for a bug report), or,
// in a document that is not empty, the question to open an empty one.
import { useState } from 'preact/hooks';
import type { Translate } from '../../core/i18n/index.js';
import { escapeHtml } from '../../core/render/index.js';
import type { SelfTestOutcome } from '../selftest.js';
import type { WordHost } from '../word-host.js';

export interface SelfTestViewProps {
  host: WordHost;
  t: Translate;
  /** Say something in the panel's status line. */
  announce: (message: string) => void;
}

export function SelfTestView({ host, t, announce }: SelfTestViewProps) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<SelfTestOutcome | null>(null);

  async function start() {
    setBusy(true);
    setOutcome(null);
    announce(t('word.busy'));
    try {
      const result = await host.selfTest();
      setOutcome(result);
      announce(result.message);
    } finally {
      setBusy(false);
    }
  }

  async function copy(report: string) {
    const outcome = await host.copy({ html: `<pre>${escapeHtml(report)}</pre>`, text: report });
    announce(outcome.message ?? '');
  }

  async function openEmpty() {
    const outcome = await host.openEmptyDocument!();
    if (!outcome.ok) announce(outcome.message);
  }

  return (
    <section aria-labelledby="selftest-title" class="word-selftest">
      <h2 id="selftest-title">{t('word.selftest.title')}</h2>
      <p>{t('word.selftest.intro')}</p>
      <button type="button" disabled={busy} onClick={start}>
        {t('word.selftest.run')}
      </button>
      {outcome?.kind === 'not-empty' && (
        <p class="hint">
          {outcome.message}{' '}
          {host.openEmptyDocument && (
            <button type="button" onClick={openEmpty}>
              {t('word.selftest.newDocument')}
            </button>
          )}
        </p>
      )}
      {outcome?.kind === 'error' && <p class="hint">{outcome.message}</p>}
      {outcome?.kind === 'done' && (
        <>
          <p data-testid="selftest-summary">{outcome.message}</p>
          <ol>
            {outcome.steps.map((s) => (
              <li key={s.id} data-ok={String(s.ok)}>
                {t(`word.selftest.step.${s.id}`)}: {t(s.ok ? 'word.selftest.ok' : 'word.selftest.error')}
                {s.ok ? '' : ` – ${s.detail}`}
              </li>
            ))}
          </ol>
          <label for="selftest-report">{t('word.selftest.report')}</label>
          <textarea id="selftest-report" readOnly rows={10} value={outcome.report} />
          <div class="word-actions">
            <button type="button" onClick={() => copy(outcome.report)}>
              {t('word.selftest.copy')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
