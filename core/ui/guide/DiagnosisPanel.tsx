// "Wat maakt het lastig?": a person ticks the signs of the four complexities they recognise
// (kept on this screen only) and gets what helps with each, its questions to discuss, and per
// help a button to make it a rule of play or an agenda point of the partnership.
import { useState } from 'preact/hooks';
import type { Agreement } from '../../agreement/index.js';
import { localize } from '../../i18n/index.js';
import { COMPLEXITIES } from '../../knowledge/index.js';
import { useEdit, useNotify, useUi } from '../context.js';
import { addHelpAsAgendaPoint, addHelpAsRule, agendaTitle, diagnose, hasAgendaPoint, hasRule, signKey } from './diagnosis.js';

export function DiagnosisPanel({ agreement }: { agreement: Agreement }) {
  const { t, lang } = useUi();
  const edit = useEdit();
  const notify = useNotify();
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const toggle = (key: string, on: boolean) =>
    setTicked((prev) => {
      const next = new Set(prev);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  const found = diagnose(ticked);
  return (
    <section class="card diagnosis" aria-labelledby="diagnosis-h" data-testid="diagnosis">
      <h3 id="diagnosis-h">{t('guide.diagnosis.title')}</h3>
      <p class="explain">{t('guide.diagnosis.intro')}</p>
      {COMPLEXITIES.map((c) => (
        <fieldset key={c.id} class="signs">
          <legend>{localize(c.title, lang)}</legend>
          {c.signs.map((s, i) => {
            const key = signKey(c.id, i);
            const id = `sign-${key.replace(':', '-')}`;
            return (
              <div key={key} class="check">
                <input type="checkbox" id={id} checked={ticked.has(key)} onChange={(e) => toggle(key, (e.currentTarget as HTMLInputElement).checked)} />
                <label for={id}>{localize(s, lang)}</label>
              </div>
            );
          })}
        </fieldset>
      ))}
      <p class="visually-hidden" role="status">
        {found.length ? t('guide.diagnosis.found', { n: found.length }) : ''}
      </p>
      <div class="diagnosis-result">
        {found.length === 0 ? (
          <p class="hint">{t('guide.diagnosis.none')}</p>
        ) : (
          <>
            <h4>{t('guide.diagnosis.helps')}</h4>
            {found.map(({ complexity, helps }) => (
              <div key={complexity.id} class="card complexity" data-complexity={complexity.id}>
                <h5>{localize(complexity.title, lang)}</h5>
                <p>{localize(complexity.description, lang)}</p>
                <ul class="plain helps">
                  {helps.map((help, i) => {
                    const text = localize(help, lang);
                    const isRule = hasRule(agreement, text);
                    const onAgenda = hasAgendaPoint(agreement, agendaTitle(complexity, help, lang));
                    return (
                      <li key={i} class="help">
                        <p>{text}</p>
                        <div class="actions">
                          <button
                            type="button"
                            class="quiet"
                            aria-disabled={isRule || undefined}
                            onClick={() => {
                              if (!isRule) edit((d) => addHelpAsRule(d, agreement, help, lang) && notify(t('guide.diagnosis.ruleAdded', { text })));
                            }}
                          >
                            {isRule ? t('guide.diagnosis.isRule') : t('guide.diagnosis.makeRule')}
                            <span class="visually-hidden">: {text}</span>
                          </button>{' '}
                          <button
                            type="button"
                            class="quiet"
                            aria-disabled={onAgenda || undefined}
                            onClick={() => {
                              if (!onAgenda) edit((d) => addHelpAsAgendaPoint(d, agreement, complexity, help, lang) && notify(t('guide.diagnosis.agendaAdded', { text })));
                            }}
                          >
                            {onAgenda ? t('guide.diagnosis.onAgenda') : t('guide.diagnosis.makeAgenda')}
                            <span class="visually-hidden">: {text}</span>
                          </button>
                        </div>
                      </li>
                    );
                  })}
                </ul>
                <p><strong>{t('guide.diagnosis.discuss')}</strong></p>
                <ul>
                  {complexity.questions.map((q) => (
                    <li key={q.id}>{localize(q.text, lang)}</li>
                  ))}
                </ul>
              </div>
            ))}
          </>
        )}
      </div>
    </section>
  );
}
