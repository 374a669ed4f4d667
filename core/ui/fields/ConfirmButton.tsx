// A button that asks first, inline: "Weet je het zeker? …" with the action and Annuleren.
// Focus moves to the confirming button, and back to the trigger on Annuleren or Escape
// (and after the action, when the trigger is still there).
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { useUi } from '../context.js';

export interface ConfirmButtonProps {
  /** The trigger's content (may hold a visually hidden part for a unique name). */
  children: ComponentChildren;
  /** What the action does, shown after "Weet je het zeker?". */
  question: string;
  /** The confirming button's content, e.g. "Ja, intrekken". */
  confirm: ComponentChildren;
  onConfirm: () => Promise<void>;
  class?: string;
}

export function ConfirmButton(props: ConfirmButtonProps) {
  const { t } = useUi();
  const id = useId();
  const [asking, setAsking] = useState(false);
  const busy = useRef(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const yes = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  useEffect(() => {
    if (asking) yes.current?.focus();
    else if (refocus.current) trigger.current?.focus();
    refocus.current = false;
  }, [asking]);
  const close = () => {
    refocus.current = true;
    setAsking(false);
  };
  const go = async () => {
    if (busy.current) return;
    busy.current = true;
    try {
      await props.onConfirm();
    } finally {
      busy.current = false;
      close();
    }
  };
  return (
    <>
      <button type="button" ref={trigger} class={props.class} aria-expanded={asking} onClick={() => (asking ? close() : setAsking(true))}>
        {props.children}
      </button>
      {asking && (
        <div class="confirm" role="group" aria-labelledby={id} onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), close())}>
          <p id={id} class="warning">
            {t('ui.confirm.sure')} {props.question}
          </p>
          <button type="button" ref={yes} onClick={go}>
            {props.confirm}
          </button>
          <button type="button" class="quiet" onClick={close}>
            {t('ui.confirm.cancel')}
          </button>
        </div>
      )}
    </>
  );
}
