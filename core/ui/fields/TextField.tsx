// A labelled text input or textarea bound to a text in the doc. Uncontrolled while typing:
// local keystrokes go straight to the doc; values from elsewhere are written into the field
// without moving the caret more than needed.
import type { ComponentChildren } from 'preact';
import { useId, useLayoutEffect, useRef } from 'preact/hooks';

export interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  hint?: string;
  rows?: number;
  type?: 'text' | 'date' | 'url' | 'number';
  /** Visually hide the label (it stays for screen readers). */
  hideLabel?: boolean;
  name?: string;
  placeholder?: string;
  /** Write on change (blur/enter) instead of on every keystroke, e.g. for amounts. */
  lazy?: boolean;
}

export function TextField(props: TextFieldProps) {
  const id = useId();
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || el.value === props.value) return;
    const focused = el.ownerDocument.activeElement === el;
    if (focused && props.lazy) return;
    const start = el.selectionStart;
    const end = el.selectionEnd;
    el.value = props.value;
    if (focused && start !== null && end !== null && props.type !== 'date' && props.type !== 'number') {
      try {
        el.setSelectionRange(Math.min(start, props.value.length), Math.min(end, props.value.length));
      } catch {
        // Some input types have no selection.
      }
    }
  }, [props.value]);
  const common = {
    id,
    ref,
    name: props.name,
    defaultValue: props.value,
    placeholder: props.placeholder,
    'aria-describedby': props.hint ? `${id}-hint` : undefined,
    [props.lazy ? 'onChange' : 'onInput']: (e: Event) => props.onChange((e.currentTarget as HTMLInputElement).value),
  };
  return (
    <FieldFrame id={id} label={props.label} hint={props.hint} hideLabel={props.hideLabel}>
      {props.multiline ? <textarea {...common} rows={props.rows ?? 3} /> : <input {...common} type={props.type ?? 'text'} />}
    </FieldFrame>
  );
}

/** The label and optional hint around one control; the hint's id is `<id>-hint`. */
function FieldFrame(props: { id: string; label: string; hint?: string | undefined; hideLabel?: boolean | undefined; children: ComponentChildren }) {
  return (
    <div class="field">
      <label for={props.id} class={props.hideLabel ? 'visually-hidden' : undefined}>
        {props.label}
      </label>
      {props.hint && (
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      )}
      {props.children}
    </div>
  );
}

export interface SelectFieldProps<V extends string> {
  label: string;
  value: V | '';
  options: { value: V; label: string }[];
  onChange: (value: V | '') => void;
  /** Label of the empty choice; without it there is none. */
  empty?: string;
  hideLabel?: boolean;
  hint?: string;
}

export function SelectField<V extends string>(props: SelectFieldProps<V>) {
  const id = useId();
  return (
    <FieldFrame id={id} label={props.label} hint={props.hint} hideLabel={props.hideLabel}>
      <select
        id={id}
        value={props.value}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
        onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value as V | '')}
      >
        {props.empty !== undefined && <option value="">{props.empty}</option>}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
