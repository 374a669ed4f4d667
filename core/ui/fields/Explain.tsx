// A short explanation from the knowledge base above a part of the agreement, with more
// (tips, pitfalls) behind a disclosure so the screen stays calm.
import type { ComponentChildren } from 'preact';
import { localize, type Localized } from '../../i18n/index.js';
import { useUi } from '../context.js';

export function Explain(props: { summary: Localized; more?: Localized[]; children?: ComponentChildren }) {
  const { lang, t } = useUi();
  return (
    <div class="explain">
      <p>{localize(props.summary, lang)}</p>
      {props.more && props.more.length > 0 && (
        <details>
          <summary>{t('ui.explain.more')}</summary>
          <ul>
            {props.more.map((m, i) => (
              <li key={i}>{localize(m, lang)}</li>
            ))}
          </ul>
        </details>
      )}
      {props.children}
    </div>
  );
}
