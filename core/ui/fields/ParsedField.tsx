// A labelled text input for a value that is typed as text and parsed: amounts and dates in
// the Dutch way. The person types freely; blur or Enter commits a valid value (shown
// reformatted) and keeps invalid text in the field with a message, writing nothing; Escape
// restores the stored value. While focused, a change from elsewhere waits until blur. A value
// just committed stays shown until the store has it (no flash of the old value in between).
import { useEffect, useId, useState } from 'preact/hooks';
import { formatAmount, formatDateField, parseAmount, parseDate, type Parsed } from '../../i18n/index.js';
import { useUi } from '../context.js';
import { describedBy, FieldFrame } from './FieldFrame.js';

export interface ParsedFieldProps<T, Problem extends string> {
  label: string;
  value: T;
  format: (value: T) => string;
  parse: (text: string) => Parsed<T, Problem>;
  /** The message at the field for a refused text. */
  explain: (problem: Problem) => string;
  onCommit: (value: T) => void;
  hint?: string;
  inputMode?: 'decimal' | 'numeric';
}

/** What the person is typing, and the stored value's text when they began. */
interface Editing {
  text: string;
  from: string;
}

/** A value committed on blur, and the stored value it replaces: shown until the store moves on. */
interface Committed<T> {
  text: string;
  before: T;
}

export function ParsedField<T, Problem extends string>(props: ParsedFieldProps<T, Problem>) {
  const id = useId();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [committed, setCommitted] = useState<Committed<T> | null>(null);
  const pending = committed !== null && committed.before === props.value ? committed : null;
  const stored = pending ? pending.text : props.format(props.value);
  useEffect(() => {
    if (committed !== null && pending === null) setCommitted(null);
  }, [committed, pending]);
  const message = problem === null ? null : props.explain(problem);

  /** Commits the input's text (read from the element, so a keystroke not yet rendered counts). */
  const commit = (text: string, stayFocused: boolean) => {
    const from = editing?.from ?? stored;
    if (text === from) {
      setProblem(null);
      setEditing(stayFocused ? { text, from } : null);
      return;
    }
    const parsed = props.parse(text);
    if (!parsed.ok) {
      setProblem(parsed.problem);
      setEditing({ text, from });
      return;
    }
    setProblem(null);
    const shown = props.format(parsed.value);
    if (parsed.value !== props.value) {
      setCommitted({ text: shown, before: props.value });
      props.onCommit(parsed.value);
    }
    setEditing(stayFocused ? { text: shown, from: shown } : null);
  };

  return (
    <FieldFrame id={id} label={props.label} hint={props.hint} message={message}>
      <input
        id={id}
        type="text"
        inputMode={props.inputMode}
        autoComplete="off"
        value={editing ? editing.text : stored}
        aria-invalid={problem === null ? undefined : true}
        aria-describedby={describedBy(id, props.hint, message)}
        onFocus={() => setEditing((e) => e ?? { text: stored, from: stored })}
        onInput={(e) => {
          const text = (e.currentTarget as HTMLInputElement).value;
          setEditing((prev) => ({ text, from: prev?.from ?? stored }));
        }}
        onBlur={(e) => commit((e.currentTarget as HTMLInputElement).value, false)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit((e.currentTarget as HTMLInputElement).value, true);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            setProblem(null);
            setEditing({ text: stored, from: stored });
          }
        }}
      />
    </FieldFrame>
  );
}

/** A euro amount in cents, typed as "4.000,50" (or "4,000.50" in English). */
export function AmountField(props: { label: string; cents: number; onCommit: (cents: number) => void }) {
  const { t, lang } = useUi();
  return (
    <ParsedField
      label={props.label}
      value={props.cents}
      format={(cents) => formatAmount(cents, lang)}
      parse={(text) => parseAmount(text, lang)}
      explain={(problem) => t(`ui.input.amount.${problem}`)}
      onCommit={props.onCommit}
      inputMode="decimal"
    />
  );
}

/** An ISO date (or none), typed and shown as dd-mm-jjjj whatever the browser's language. */
export function DateField(props: { label: string; value: string | null; onCommit: (iso: string | null) => void }) {
  const { t } = useUi();
  return (
    <ParsedField
      label={props.label}
      value={props.value}
      format={formatDateField}
      parse={parseDate}
      explain={(problem) => t(`ui.input.date.${problem}`)}
      onCommit={props.onCommit}
      hint={t('ui.input.date.hint')}
    />
  );
}
