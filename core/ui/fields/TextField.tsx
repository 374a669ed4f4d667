// Labelled text inputs and textareas. A field of the draft (`text`) is bound to its Y.Text
// (text-binding.ts): partners typing in it at once keep their words and carets, and each
// person's undo is their own; who else is in the field is shown beside its label. A field of
// this device only (settings, the start screen) takes `value` and `onChange`.
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type * as Y from 'yjs';
import { canWrite, editText, findText, MAX_FIELD_CHARS, textKey, type TextRef } from '../../agreement/index.js';
import { useDraft, useUi } from '../context.js';
import { isVerified } from '../consent/PeerIdentity.js';
import type { Peer } from '../../sync/index.js';
import type { DraftSession } from '../session.js';
import { describedBy, FieldFrame } from './FieldFrame.js';
import { TextBinding, type RefusedReason } from './text-binding.js';

interface CommonProps {
  label: string;
  multiline?: boolean;
  hint?: string;
  rows?: number;
  type?: 'text' | 'url';
  /** Visually hide the label (it stays for screen readers). */
  hideLabel?: boolean;
  name?: string;
  placeholder?: string;
}

type LocalProps = {
  value: string;
  onChange: (value: string) => void;
  /** Report on change (blur/Enter) instead of on every keystroke. */
  lazy?: boolean;
};

export type TextFieldProps = CommonProps & ({ text: TextRef; value?: never; onChange?: never; lazy?: never } | (LocalProps & { text?: never }));

export function TextField(props: TextFieldProps) {
  return props.text ? <BoundField {...props} text={props.text} /> : <LocalField {...props} value={props.value!} onChange={props.onChange!} lazy={props.lazy} />;
}

type Control = HTMLInputElement & HTMLTextAreaElement;

function Control(props: CommonProps & { id: string; describedBy: string | undefined; controlRef: { current: Control | null }; extra?: Record<string, unknown> }) {
  const common = {
    id: props.id,
    ref: props.controlRef,
    name: props.name,
    placeholder: props.placeholder,
    'aria-describedby': props.describedBy,
    ...props.extra,
  };
  return props.multiline ? <textarea {...common} rows={props.rows ?? 3} /> : <input {...common} type={props.type ?? 'text'} />;
}

/** A field kept on this device: uncontrolled while typing, refreshed from `value` otherwise. */
function LocalField(props: CommonProps & LocalProps) {
  const id = useId();
  const ref = useRef<Control>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (el && el.value !== props.value && el.ownerDocument.activeElement !== el) el.value = props.value;
  }, [props.value]);
  return (
    <FieldFrame id={id} label={props.label} hint={props.hint} hideLabel={props.hideLabel}>
      <Control
        {...props}
        id={id}
        controlRef={ref}
        describedBy={describedBy(id, props.hint, null)}
        extra={{ defaultValue: props.value, [props.lazy ? 'onChange' : 'onInput']: (e: Event) => props.onChange((e.currentTarget as HTMLInputElement).value) }}
      />
    </FieldFrame>
  );
}

/** A field of the shared draft (or of the private doc), bound to its Y.Text. */
function BoundField(props: CommonProps & { text: TextRef }) {
  const { t } = useUi();
  const { session, readOnly } = useDraft();
  const id = useId();
  const ref = useRef<Control>(null);
  const [message, setMessage] = useState<string | null>(null);
  const doc = 'privateList' in props.text ? session.privateDoc : session.doc;
  const key = textKey(props.text);
  const ytext = useText(doc, props.text, key, readOnly);
  const here = useFieldPeers(session, key);
  const binding = useRef<TextBinding | null>(null);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !ytext) return;
    const bound = new TextBinding(el, ytext, {
      write: (origin, change) => editText(doc, origin, change),
      canWrite: () => canWrite(doc),
      maxLength: MAX_FIELD_CHARS,
      onRefused: (reason: RefusedReason) =>
        setMessage(reason === 'too-long' ? t('ui.field.tooLong', { max: MAX_FIELD_CHARS.toLocaleString('nl-NL') }) : t('ui.field.readOnly')),
      onText: () => setMessage(null),
    });
    binding.current = bound;
    const stopRefused = session.onRefused(() => {
      const dropped = bound.dropLargeInsert();
      if (dropped) setMessage(t('ui.field.refusedByServer'));
      return dropped;
    });
    return () => {
      stopRefused();
      bound.destroy();
      binding.current = null;
    };
  }, [ytext]);
  // Told, not rendered: a status change per keystroke must not re-render every field.
  useEffect(
    () =>
      session.onStatus((status) => {
        if (status.kind === 'saved') binding.current?.settle();
      }),
    [session],
  );

  const shared = !('privateList' in props.text);
  return (
    <FieldFrame
      id={id}
      label={props.label}
      hint={props.hint}
      hideLabel={props.hideLabel}
      message={message}
      field={key}
      aside={here.length > 0 && <PeersHere id={`${id}-peers`} names={here.map((p) => ({ id: p.clientId, name: p.name, organisation: p.organisation, colour: p.colour, verified: isVerified(p) }))} />}
    >
      <Control
        {...props}
        id={id}
        controlRef={ref}
        describedBy={[describedBy(id, props.hint, message), here.length > 0 ? `${id}-peers` : ''].filter(Boolean).join(' ') || undefined}
        extra={{
          'data-field': key,
          class: here.length > 0 ? 'peer-here' : undefined,
          style: here[0] ? { outlineColor: here[0].colour, borderColor: here[0].colour } : undefined,
          disabled: !ytext || undefined,
          onFocus: () => shared && session.setWhere({ field: key }),
          onBlur: () => shared && session.setWhere({ field: null }),
        }}
      />
    </FieldFrame>
  );
}

const peersKey = (peers: readonly Peer[]) => peers.map((p) => `${p.clientId}\u0000${p.name}\u0000${p.organisation}\u0000${p.colour}\u0000${p.memberId ?? ''}`).join('\u0001');

/** The partners in the field `key`; the field re-renders only when they change, not on every presence update. */
function useFieldPeers(session: DraftSession, key: string): Peer[] {
  const [here, setHere] = useState(() => session.peers().filter((p) => p.field === key));
  useEffect(() => {
    const update = (peers: Peer[]) => {
      const next = peers.filter((p) => p.field === key);
      setHere((prev) => (peersKey(prev) === peersKey(next) ? prev : next));
    };
    update(session.peers());
    return session.onPeers(update);
  }, [session, key]);
  return here;
}

/** The Y.Text of a field, found again if the item was replaced. */
function useText(doc: Y.Doc, ref: TextRef, key: string, readOnly: boolean): Y.Text | null {
  const [generation, next] = useState(0);
  const found = useMemo(() => findText(doc, ref, readOnly ? undefined : (change) => editText(doc, {}, change)), [doc, key, generation]);
  const stale = !!found?._item?.deleted;
  useLayoutEffect(() => {
    if (stale) next((n) => n + 1);
  }, [stale]);
  return stale ? null : found;
}

/** Who else is in this field; a person the server vouches for (personal invitation) is marked as such. */
function PeersHere(props: { id: string; names: { id: number; name: string; organisation: string; colour: string; verified: boolean }[] }) {
  const { t } = useUi();
  return (
    <span class="peers-here" id={props.id}>
      {props.names.map((p) => (
        <span key={p.id} class="peer-chip" style={{ background: p.colour }}>
          {t('ui.field.peerHere', { name: p.organisation ? `${p.name} (${p.organisation})` : p.name })}
          {p.verified && <span aria-hidden="true"> ✓</span>}
          <span class="visually-hidden"> {t(p.verified ? 'ui.consent.presence.peerVerified' : 'ui.consent.presence.peerTyped')}</span>
        </span>
      ))}
    </span>
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
