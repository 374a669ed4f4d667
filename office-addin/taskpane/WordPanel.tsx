// The Word-only actions above the workspace: Bijwerken (with the edited-sections dialog),
// Plancheck, SPUK-plan, export and the Zelftest. All Word work goes through the WordHost it is given.
import { useState } from 'preact/hooks';
import { translator, type Lang } from '../../core/i18n/index.js';
import type { WordHost } from '../word-host.js';
import type { PlanCoverage } from '../plan-check.js';
import { PlanCheckView } from './PlanCheckView.js';
import { SelfTestView } from './SelfTestView.js';
import { useConflictQuestion } from './use-conflict-question.js';

export interface WordPanelProps {
  host: WordHost;
  lang: Lang;
  /** Whether a draft is open in the workspace (the actions need one). */
  hasDraft: boolean;
}

export function WordPanel({ host, lang, hasDraft }: WordPanelProps) {
  const t = translator(lang);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const question = useConflictQuestion(t);
  const [coverage, setCoverage] = useState<PlanCoverage | null>(null);
  const [selfTest, setSelfTest] = useState(false);

  async function act(action: () => Promise<{ ok: boolean; message?: string }>) {
    setBusy(true);
    setMessage(t('word.busy'));
    try {
      const outcome = await action();
      setMessage(outcome.message ?? '');
    } finally {
      setBusy(false);
    }
  }

  const refresh = () => act(() => host.refreshAll(question.ask));

  const check = () =>
    act(async () => {
      const outcome = await host.planCheck();
      if (!outcome.ok) return outcome;
      setCoverage(outcome.coverage);
      return { ok: true };
    });

  const disabled = busy || !hasDraft;
  return (
    <section class="word-panel" aria-labelledby="word-panel-title">
      <h1 id="word-panel-title">{t('word.panel.title')}</h1>
      {!hasDraft && <p class="hint">{t('word.noDraft')}</p>}
      <div class="word-actions">
        <button type="button" disabled={disabled} onClick={refresh}>
          {t('word.action.refresh')}
        </button>
        <button type="button" disabled={disabled} onClick={check}>
          {t('word.action.planCheck')}
        </button>
        <button type="button" disabled={disabled} onClick={() => act(host.insertSpukPlan)}>
          {t('word.action.spuk')}
        </button>
        <button type="button" disabled={disabled} onClick={() => act(host.exportDocx)}>
          {t('word.action.export')}
        </button>
        <button type="button" disabled={busy} aria-expanded={selfTest} onClick={() => setSelfTest(!selfTest)}>
          {t('word.action.selfTest')}
        </button>
      </div>
      <p role="status" aria-live="polite" class="word-status">
        {message}
      </p>
      {question.dialog}
      {selfTest && <SelfTestView host={host} t={t} announce={setMessage} />}
      {coverage && (
        <PlanCheckView
          coverage={coverage}
          lang={lang}
          t={t}
          onGoTo={(target) => void act(() => host.goTo(target))}
          onInsert={(id) => void act(() => host.insertSection(id))}
        />
      )}
    </section>
  );
}
