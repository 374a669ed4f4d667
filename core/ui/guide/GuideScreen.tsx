// Stap voor stap: the guided start. First the kind of plan and the partners (with the
// provincial support organisations as suggestions), then the five conditions in the source's
// order, each with its explanation, what is filled and what is still open, and the few fields
// that start it; after the last condition the overview follows. Every step offers the way out
// to the whole draft ("Naar het hele concept"). The kind of plan chosen in the create form is
// seeded by the server; step 1 lets it be changed.
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import {
  addItem,
  CADENCES,
  PARTNER_KINDS,
  PLAN_KINDS,
  partnerLabel,
  updateSection,
  type Agreement,
  type DecisionRuleId,
  type PartnerKind,
} from '../../agreement/index.js';
import { localize } from '../../i18n/index.js';
import { DACI_ROLES, DECISION_RULES, findCondition, findSupportOrganisation, PROVINCES_WITHOUT_SUPPORT, SUPPORT_ORGANISATIONS } from '../../knowledge/index.js';
import type { PartId } from '../agreement/AgreementScreen.js';
import { useEdit, useNotify, useUi } from '../context.js';
import { Editable } from '../fields/Editable.js';
import { Explain } from '../fields/Explain.js';
import { FieldFrame } from '../fields/FieldFrame.js';
import { ListAddButton } from '../fields/ListAddButton.js';
import { DateField } from '../fields/ParsedField.js';
import { SelectField, TextField } from '../fields/TextField.js';
import { ConditionStatus, openPart } from './ConditionStatus.js';
import { conditionOverview, GUIDE_STEPS, nextStep, PARTS_OF_CONDITION, previousStep, type GuideStep } from './guide-steps.js';
import { ProgrammeSuggestions, supportDetails } from './SectorSuggestions.js';

export interface GuideProps {
  agreement: Agreement;
  readOnly: boolean;
  step: GuideStep;
  onStep: (step: GuideStep) => void;
  onPart: (part: PartId) => void;
  onOverview: () => void;
}

export function GuideScreen(props: GuideProps) {
  const { t, lang } = useUi();
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [props.step]);
  const index = GUIDE_STEPS.indexOf(props.step);
  const stepTitle = (s: GuideStep) => (s === 'start' ? t('guide.step.start') : localize(findCondition(s)!.title, lang));
  const next = nextStep(props.step);
  const previous = previousStep(props.step);
  const exitPart: PartId = props.step === 'start' ? 'partners' : PARTS_OF_CONDITION[props.step][0]!;
  return (
    <div class="guide" data-testid="guide">
      <p class="guide-exit">
        <button type="button" class="quiet" data-testid="guide-exit" aria-describedby="guide-exit-hint" onClick={() => openPart(props.onPart)(exitPart)}>
          {t('guide.exit')}
        </button>{' '}
        <span class="hint" id="guide-exit-hint">
          {t('guide.exitHint')}
        </span>
      </p>
      <nav aria-label={t('guide.steps')} class="guide-steps">
        <ol>
          {GUIDE_STEPS.map((s, i) => (
            <li key={s}>
              <button type="button" aria-current={s === props.step ? 'step' : undefined} onClick={() => props.onStep(s)}>
                {i + 1}. {stepTitle(s)}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <section aria-labelledby="guide-step-title" class="guide-step">
        <h3 id="guide-step-title" tabIndex={-1} ref={heading}>
          {t('guide.stepOf', { n: index + 1, total: GUIDE_STEPS.length, title: stepTitle(props.step) })}
        </h3>
        <Editable readOnly={props.readOnly}>
          {props.step === 'start' ? <StartStep agreement={props.agreement} /> : <ConditionStep key={props.step} {...props} condition={props.step} />}
        </Editable>
      </section>
      <div class="guide-nav actions">
        {previous && (
          <button type="button" class="quiet" onClick={() => props.onStep(previous)}>
            {t('guide.previous', { title: stepTitle(previous) })}
          </button>
        )}{' '}
        {next ? (
          <button type="button" onClick={() => props.onStep(next)}>
            {t('guide.next', { title: stepTitle(next) })}
          </button>
        ) : (
          <button type="button" onClick={props.onOverview}>
            {t('guide.toOverview')}
          </button>
        )}
      </div>
    </div>
  );
}

/** Step 1: what kind of plan, and who takes part. */
function StartStep({ agreement }: { agreement: Agreement }) {
  const { t, lang } = useUi();
  const edit = useEdit();
  return (
    <div>
      <p class="explain">{t('guide.start.intro')}</p>
      <fieldset class="choices">
        <legend>{t('guide.planKind')}</legend>
        <p class="hint">{t('guide.planKindHint')}</p>
        {PLAN_KINDS.map((k) => (
          <div key={k} class="choice">
            <input
              type="radio"
              name="guide-plan-kind"
              id={`guide-kind-${k}`}
              checked={agreement.meta.planKind === k}
              onChange={() => edit((d) => updateSection(d, 'meta', { planKind: k }))}
            />
            <label for={`guide-kind-${k}`}>{t(`planKind.${k}`)}</label>
          </div>
        ))}
      </fieldset>
      <h4>{t('guide.start.partners')}</h4>
      {agreement.partners.length === 0 ? (
        <p class="empty">{t('guide.start.noPartners')}</p>
      ) : (
        <ul class="plain partner-list" data-testid="guide-partners">
          {agreement.partners.map((p) => (
            <li key={p.id}>
              {partnerLabel(agreement, p.id, lang)} <span class="hint">({t(`partnerKind.${p.kind}`)})</span>
            </li>
          ))}
        </ul>
      )}
      <AddPartner agreement={agreement} />
      {PROVINCES_WITHOUT_SUPPORT.map((p) => (
        <p key={p.province} class="hint">
          {localize(p.note, lang)}
        </p>
      ))}
    </div>
  );
}

/** A partner's name with the support organisations as suggestions (a datalist), and its kind. */
function AddPartner({ agreement }: { agreement: Agreement }) {
  const { t } = useUi();
  const edit = useEdit();
  const notify = useNotify();
  const id = useId();
  const listId = `${id}-suggestions`;
  const [name, setName] = useState('');
  const defaultKind: PartnerKind = agreement.partners.length === 0 ? 'library' : 'other';
  const [kind, setKind] = useState<PartnerKind | ''>('');
  const input = useRef<HTMLInputElement>(null);
  const add = () => {
    const trimmed = name.trim();
    if (!trimmed) {
      input.current?.focus();
      return;
    }
    const chosen: PartnerKind = findSupportOrganisation(trimmed) ? 'support-organisation' : kind || defaultKind;
    edit((d) => addItem(d, 'partners', { name: trimmed, kind: chosen }));
    notify(t('guide.suggest.partnerAdded', { name: trimmed }));
    setName('');
    setKind('');
    if (input.current) input.current.value = '';
    input.current?.focus();
  };
  return (
    <form
      class="add-partner"
      onSubmit={(e) => {
        e.preventDefault();
        add();
      }}
    >
      <FieldFrame id={id} label={t('guide.start.partnerName')} hint={t('guide.start.partnerNameHint')}>
        <input
          id={id}
          ref={input}
          type="text"
          list={listId}
          autocomplete="off"
          aria-describedby={`${id}-hint`}
          onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
        />
      </FieldFrame>
      <datalist id={listId}>
        {SUPPORT_ORGANISATIONS.map((o) => (
          <option key={o.id} value={o.name}>
            {supportDetails(o, t)}
          </option>
        ))}
      </datalist>
      <SelectField
        label={t('ui.partners.kind')}
        value={kind || defaultKind}
        options={PARTNER_KINDS.map((k) => ({ value: k, label: t(`partnerKind.${k}`) }))}
        onChange={(v) => setKind(v)}
      />
      <ListAddButton list="partners" count={agreement.partners.length} onAdd={add}>
        {t('ui.partners.add')}
      </ListAddButton>
    </form>
  );
}

/** A condition's step: its explanation, what is filled and open, and the fields that start it. */
function ConditionStep(props: GuideProps & { condition: Exclude<GuideStep, 'start'> }) {
  const { t, lang } = useUi();
  const c = findCondition(props.condition)!;
  const overview = conditionOverview(props.agreement).find((o) => o.conditionId === c.id)!;
  return (
    <div data-testid={`guide-${c.id}`}>
      <p class="lead">{localize(c.action, lang)}</p>
      <Explain summary={c.summary} more={c.tips} condition={c} />
      <ConditionStatus overview={overview} onPart={props.onPart} />
      <div class="guide-fields">
        <ConditionFields agreement={props.agreement} condition={props.condition} />
      </div>
      <p class="hint">{t('guide.moreInParts')}</p>
      <ul class="plain inline-list">
        {PARTS_OF_CONDITION[c.id].map((p) => (
          <li key={p}>
            <button type="button" class="link-button" onClick={() => openPart(props.onPart)(p)}>
              {t('guide.toPart', { part: t(`ui.part.${p}`) })}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function ConditionFields({ agreement, condition }: { agreement: Agreement; condition: Exclude<GuideStep, 'start'> }) {
  const { t, lang } = useUi();
  const edit = useEdit();
  switch (condition) {
    case 'ambition':
      return (
        <>
          <TextField multiline rows={3} label={t('ui.ambition.statement')} text={{ section: 'ambition', field: 'statement' }} />
          <TextField multiline label={t('ui.ambition.promise')} text={{ section: 'ambition', field: 'promise' }} />
          <TextField multiline label={t('ui.ambition.commitment')} text={{ section: 'ambition', field: 'commitment' }} />
          <TextField multiline label={t('ui.ambition.doing')} text={{ section: 'ambition', field: 'doing' }} />
        </>
      );
    case 'interests':
      return agreement.partners.length === 0 ? (
        <p class="empty">{t('guide.interests.noPartners')}</p>
      ) : (
        <>
          {agreement.partners.map((p) => {
            const name = partnerLabel(agreement, p.id, lang);
            return (
              <fieldset key={p.id} class="card">
                <legend>{name}</legend>
                <TextField multiline rows={2} label={t('guide.interests.gets', { partner: name })} text={{ list: 'partners', id: p.id, field: 'gets' }} />
                <TextField multiline rows={2} label={t('guide.interests.brings', { partner: name })} text={{ list: 'partners', id: p.id, field: 'brings' }} />
              </fieldset>
            );
          })}
        </>
      );
    case 'relationship':
      return (
        <>
          <TextField multiline label={t('ui.relationship.meeting')} text={{ section: 'relationship', field: 'meetingRhythm' }} />
          <TextField multiline label={t('ui.relationship.conflicts')} text={{ section: 'relationship', field: 'conflicts' }} />
        </>
      );
    case 'organisation': {
      const chosenRule = DECISION_RULES.find((r) => r.id === agreement.decisions.rule);
      return (
        <>
          <SelectField
            label={t('ui.decisions.rule')}
            value={agreement.decisions.rule ?? ''}
            empty={t('ui.choose')}
            hint={chosenRule ? localize(chosenRule.summary, lang) : t('guide.organisation.ruleHint')}
            options={DECISION_RULES.map((r) => ({ value: r.id, label: localize(r.name, lang) }))}
            onChange={(v) => edit((d) => updateSection(d, 'decisions', { rule: (v || null) as DecisionRuleId | null }))}
          />
          {chosenRule?.id === 'daci' && (
            <dl class="pitfalls" data-testid="guide-daci-roles">
              {DACI_ROLES.map((r) => (
                <div key={r.id}>
                  <dt>
                    {r.letter} · {localize(r.name, lang)}
                  </dt>
                  <dd>{localize(r.description, lang)}</dd>
                </div>
              ))}
            </dl>
          )}
          <TextField multiline label={t('ui.decisions.escalation')} text={{ section: 'decisions', field: 'escalation' }} />
          <h4>{t('guide.organisation.activities')}</h4>
          {agreement.activities.length === 0 ? (
            <p class="empty">{t('ui.roles.none')}</p>
          ) : (
            <ul class="plain" data-testid="guide-activities">
              {agreement.activities.map((a) => (
                <li key={a.id}>{a.name.trim() || t('guide.organisation.unnamed')}</li>
              ))}
            </ul>
          )}
          <ProgrammeSuggestions agreement={agreement} open />
        </>
      );
    }
    case 'process':
      return (
        <>
          <SelectField
            label={t('ui.process.cadence')}
            value={agreement.process.cadence ?? ''}
            empty={t('ui.choose')}
            options={CADENCES.map((c) => ({ value: c, label: t(`cadence.${c}`) }))}
            onChange={(v) => edit((d) => updateSection(d, 'process', { cadence: v || null }))}
          />
          <div class="inline">
            <DateField label={t('ui.period.start')} value={agreement.period.start} onCommit={(start) => edit((d) => updateSection(d, 'period', { start }))} />
            <DateField label={t('ui.period.end')} value={agreement.period.end} onCommit={(end) => edit((d) => updateSection(d, 'period', { end }))} />
          </div>
        </>
      );
  }
}
