// The wrapper that makes a part of the workspace read-only for viewers: one disabled
// fieldset around it, so every control inside is disabled at once.
import type { ComponentChildren } from 'preact';

/** Disables every control inside for viewers (the server refuses their edits too). */
export function Editable({ readOnly, children }: { readOnly: boolean; children: ComponentChildren }) {
  return (
    <fieldset class="bare" disabled={readOnly}>
      {children}
    </fieldset>
  );
}
