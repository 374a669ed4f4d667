// A copy button with visible feedback beside it: "Gekopieerd" for a few seconds, or why
// copying failed (until the next try). Screen readers hear it through the live region.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useNotify, useUi } from '../context.js';
import type { HostOutcome } from '../host.js';

const SHOWN_MS = 4000;

export interface CopyButtonProps {
  /** The button's content (may hold a visually hidden part for a unique name). */
  children: ComponentChildren;
  copy: () => Promise<HostOutcome>;
  /** Announced after a copy, e.g. "Link gekopieerd."; the visible text is "Gekopieerd". */
  announce: string;
  /** Shown and announced when copying failed. */
  failed: string;
  disabled?: boolean;
}

export function CopyButton(props: CopyButtonProps) {
  const { t } = useUi();
  const notify = useNotify();
  const [outcome, setOutcome] = useState<'ok' | 'failed' | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const run = async () => {
    clearTimeout(timer.current);
    setOutcome(null);
    const r = await props.copy();
    setOutcome(r.ok ? 'ok' : 'failed');
    notify(r.ok ? props.announce : props.failed);
    if (r.ok) timer.current = setTimeout(() => setOutcome(null), SHOWN_MS);
  };
  return (
    <>
      <button type="button" disabled={props.disabled} onClick={run}>
        {props.children}
      </button>
      {outcome === 'ok' && (
        <span class="ok copy-feedback" data-testid="copy-feedback">
          <span aria-hidden="true">✓ </span>
          {t('ui.copy.done')}
        </span>
      )}
      {outcome === 'failed' && (
        <span class="warning copy-feedback" data-testid="copy-feedback">
          {props.failed}
        </span>
      )}
    </>
  );
}
