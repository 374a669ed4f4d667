// The label, optional hint and optional message (an error or a notice, announced politely)
// around one control; shared by every field of the workspace. The hint's id is `<id>-hint`,
// the message's `<id>-message`, so controls can point at both with aria-describedby. In a
// draft, a field with a field key gets its comments button beside the label (consent/FieldComments.tsx).
import type { ComponentChildren } from 'preact';
import { useFieldComments } from '../consent/FieldComments.js';

export interface FieldFrameProps {
  id: string;
  label: string;
  hint?: string | undefined;
  hideLabel?: boolean | undefined;
  /** A message about the last input (e.g. "not a valid amount"); shown below the control. */
  message?: string | null | undefined;
  /** Something beside the label, e.g. who else is in this field. */
  aside?: ComponentChildren;
  /** The shared field's key (core/agreement textKey), for comments on this one field. */
  field?: string | undefined;
  children: ComponentChildren;
}

/** The ids a control inside a FieldFrame should name in aria-describedby. */
export function describedBy(id: string, hint: string | undefined, message: string | null | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : '', message ? `${id}-message` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function FieldFrame(props: FieldFrameProps) {
  const comments = useFieldComments(props.field, props.label);
  return (
    <div class={props.message ? 'field has-message' : 'field'}>
      <div class="field-head">
        <label for={props.id} class={props.hideLabel ? 'visually-hidden' : undefined}>
          {props.label}
        </label>
        {props.aside}
        {comments?.button}
      </div>
      {props.hint && (
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      )}
      {props.children}
      <p class="field-message" id={`${props.id}-message`} role="status" hidden={!props.message}>
        {props.message ?? ''}
      </p>
      {comments?.panel}
    </div>
  );
}
