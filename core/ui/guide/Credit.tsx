// The credit line of the method: "Gebaseerd op Samenwerken als lonkend perspectief (Cubiss,
// 2023)", built from the primary source in the knowledge base so title, publisher and year
// are written in one place.
import { findSource, PRIMARY_SOURCE_ID } from '../../knowledge/index.js';
import { useUi } from '../context.js';

export function Credit(props: { class?: string }) {
  const { t } = useUi();
  const source = findSource(PRIMARY_SOURCE_ID)!;
  return (
    <p class={props.class ?? 'credit'} data-testid="credit">
      {t('guide.credit.basedOn')} <cite>{source.title}</cite> ({source.publisher}, {source.year})
    </p>
  );
}
