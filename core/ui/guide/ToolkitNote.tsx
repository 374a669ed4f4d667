// What the partnership toolkits say belongs in a part of the agreement (core/knowledge/toolkit.ts),
// behind a disclosure: the section's description, what it records, its questions and sources.
import { localize } from '../../i18n/index.js';
import { findToolkitSection, formatCitation, type Pitfall, type ToolkitSectionId } from '../../knowledge/index.js';
import { useUi } from '../context.js';

export function ToolkitNote(props: { ids: ToolkitSectionId[]; pitfalls?: Pitfall[] }) {
  const { t, lang } = useUi();
  const sections = props.ids.flatMap((id) => findToolkitSection(id) ?? []);
  if (sections.length === 0) return null;
  const sources = [...new Set(sections.flatMap((s) => s.sourceIds))];
  return (
    <details class="toolkit-note" data-testid="toolkit-note">
      <summary>{t('guide.toolkit.title')}</summary>
      {sections.map((s) => (
        <div key={s.id}>
          <h3 class="small-heading">{localize(s.title, lang)}</h3>
          <p>{localize(s.description, lang)}</p>
          <ul>
            {s.covers.map((c, i) => (
              <li key={i}>{localize(c, lang)}</li>
            ))}
          </ul>
          {s.questions.length > 0 && (
            <>
              <p><strong>{t('guide.toolkit.questions')}</strong></p>
              <ul>
                {s.questions.map((q) => (
                  <li key={q.id}>{localize(q.text, lang)}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      ))}
      {props.pitfalls && props.pitfalls.length > 0 && (
        <>
          <h3 class="small-heading">{t('guide.explain.pitfalls')}</h3>
          <dl class="pitfalls">
            {props.pitfalls.map((p) => (
              <div key={p.id} data-pitfall={p.id}>
                <dt>{localize(p.name, lang)}</dt>
                <dd>{localize(p.description, lang)}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      <p class="hint">
        {t('guide.explain.sources')}: {sources.map((id) => formatCitation(id, lang)).join(' · ')}
      </p>
    </details>
  );
}
