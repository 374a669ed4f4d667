// A short explanation from the knowledge base above a part of the agreement, with more behind
// "Meer uitleg" so the screen stays calm: the condition's explanation, what the part adds
// (`details`), tips, the named pitfalls, the sources and the method's credit line.
import type { ComponentChildren } from 'preact';
import { localize, type Localized } from '../../i18n/index.js';
import { formatCitation, type Condition, type Pitfall, type SourceId } from '../../knowledge/index.js';
import { useUi } from '../context.js';
import { Credit } from '../guide/Credit.js';

export interface ExplainProps {
  summary: Localized;
  /** Tips or other short points, as a list. */
  more?: Localized[];
  /** The condition this part realises: its explanation and pitfalls go behind "Meer uitleg". */
  condition?: Condition;
  /** Pitfalls besides the condition's. */
  pitfalls?: Pitfall[];
  /** Sources cited under the explanation. */
  sources?: SourceId[];
  /** More explanation of the part itself, shown first behind "Meer uitleg". */
  details?: ComponentChildren;
  /** Shown below the summary, outside the disclosure. */
  children?: ComponentChildren;
}

export function Explain(props: ExplainProps) {
  const { lang, t } = useUi();
  const paragraphs = props.condition?.explanation ?? [];
  const pitfalls = [...(props.condition?.pitfalls ?? []), ...(props.pitfalls ?? [])];
  const tips = props.more ?? [];
  const sources = props.sources ?? [];
  const hasMore = paragraphs.length > 0 || pitfalls.length > 0 || tips.length > 0 || sources.length > 0 || !!props.details;
  return (
    <div class="explain">
      <p>{localize(props.summary, lang)}</p>
      {hasMore && (
        <details class="explain-more">
          <summary>{t('ui.explain.more')}</summary>
          {paragraphs.map((p, i) => (
            <p key={i}>{localize(p, lang)}</p>
          ))}
          {props.details}
          {tips.length > 0 && (
            <>
              <h3 class="small-heading">{t('guide.explain.tips')}</h3>
              <ul>
                {tips.map((m, i) => (
                  <li key={i}>{localize(m, lang)}</li>
                ))}
              </ul>
            </>
          )}
          {pitfalls.length > 0 && (
            <>
              <h3 class="small-heading">{t('guide.explain.pitfalls')}</h3>
              <dl class="pitfalls">
                {pitfalls.map((p) => (
                  <div key={p.id} data-pitfall={p.id}>
                    <dt>{localize(p.name, lang)}</dt>
                    <dd>{localize(p.description, lang)}</dd>
                  </div>
                ))}
              </dl>
            </>
          )}
          {sources.length > 0 && (
            <>
              <h3 class="small-heading">{t('guide.explain.sources')}</h3>
              <ul class="sources">
                {sources.map((id) => (
                  <li key={id}>{formatCitation(id, lang)}</li>
                ))}
              </ul>
            </>
          )}
          <Credit />
        </details>
      )}
      {props.children}
    </div>
  );
}
