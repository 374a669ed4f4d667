// Afspraken: one screen per part of the agreement model, chosen from a list of parts.
import type { FunctionComponent } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Agreement } from '../../agreement/index.js';
import { formatList } from '../../i18n/index.js';
import { useDraft, useUi } from '../context.js';
import { PartComments } from '../consent/CommentsPanel.js';
import { Editable } from '../fields/Editable.js';
import { readTracked } from '../read-tracking.js';
import { usePeers } from '../use-doc.js';
import { AchtjePart } from './AchtjePart.js';
import { AmbitionPart } from './AmbitionPart.js';
import { BudgetPart } from './BudgetPart.js';
import { DecisionsPart } from './DecisionsPart.js';
import { InterestsPart } from './InterestsPart.js';
import { PartnersPart } from './PartnersPart.js';
import { PeriodPart } from './PeriodPart.js';
import { ProcessPart } from './ProcessPart.js';
import { RelationshipPart } from './RelationshipPart.js';
import { RolesPart } from './RolesPart.js';
import { RulesPart } from './RulesPart.js';

import { PARTS, type PartId } from './parts.js';

export { PARTS, type PartId };

/** Each part re-renders only when what it read of the agreement changed (read-tracking.ts). */
const COMPONENTS: Record<PartId, FunctionComponent<{ agreement: Agreement }>> = {
  partners: readTracked(PartnersPart),
  ambition: readTracked(AmbitionPart),
  interests: readTracked(InterestsPart),
  roles: readTracked(RolesPart),
  decisions: readTracked(DecisionsPart),
  rules: readTracked(RulesPart),
  achtje: readTracked(AchtjePart),
  process: readTracked(ProcessPart),
  relationship: readTracked(RelationshipPart),
  budget: readTracked(BudgetPart),
  period: readTracked(PeriodPart),
};

export function AgreementScreen(props: { agreement: Agreement; part: PartId; onPart: (p: PartId) => void; readOnly: boolean; /** false: no comments (a stored version, read-only). */ comments?: boolean }) {
  const { t, lang } = useUi();
  const { session } = useDraft();
  const peers = usePeers(session);
  const Part = COMPONENTS[props.part];
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [props.part]);
  return (
    <div class="parts">
      <nav aria-label={t('ui.parts.nav')} class="subnav">
        <ul>
          {PARTS.map((p) => {
            const here = peers.filter((x) => x.part === p);
            return (
              <li key={p}>
                <button
                  type="button"
                  aria-current={p === props.part ? 'page' : undefined}
                  aria-describedby={here.length ? `peers-${p}` : undefined}
                  onClick={() => props.onPart(p)}
                >
                  {t(`ui.part.${p}`)}
                  <PartPeers id={`peers-${p}`} names={here} label={(names) => t('ui.presence.inPart', { names: formatList(names, lang) })} />
                </button>
              </li>
            );
          })}
        </ul>
      </nav>
      <section aria-labelledby="part-title" class="part">
        <h2 id="part-title" tabIndex={-1} ref={heading}>{t(`ui.part.${props.part}`)}</h2>
        <Editable readOnly={props.readOnly}>
          <Part agreement={props.agreement} />
        </Editable>
        {props.comments !== false && <PartComments part={props.part} agreement={props.agreement} />}
      </section>
    </div>
  );
}

/** Coloured dots for the partners working in a part; their names are the button's description (screen readers, hover). */
function PartPeers(props: { id: string; names: { clientId: number; name: string; colour: string }[]; label: (names: string[]) => string }) {
  if (props.names.length === 0) return null;
  const text = props.label(props.names.map((p) => p.name));
  return (
    <span class="part-peers" title={text}>
      {props.names.map((p) => (
        <span key={p.clientId} class="dot" style={{ background: p.colour }} aria-hidden="true" />
      ))}
      <span class="visually-hidden" id={props.id} aria-hidden="true">
        {text}
      </span>
    </span>
  );
}
