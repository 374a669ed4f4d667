// The Bijwerken question as a hook, for every panel that brings sections up to date: `ask`
// is the ResolveConflicts a Word host calls with the sections the user edited in Word, and
// `dialog` is the ConflictDialog to render while the question is open (null otherwise).
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { Translate } from '../../core/i18n/index.js';
import type { Conflict, ConflictChoice, ResolveConflicts } from '../word-host.js';
import { ConflictDialog } from './ConflictDialog.js';

interface Pending {
  conflicts: Conflict[];
  resolve: (choices: Record<string, ConflictChoice> | null) => void;
}

export function useConflictQuestion(t: Translate): { ask: ResolveConflicts; dialog: JSX.Element | null } {
  const [pending, setPending] = useState<Pending | null>(null);
  const ask: ResolveConflicts = (conflicts) => new Promise((resolve) => setPending({ conflicts, resolve }));
  const dialog = pending && (
    <ConflictDialog
      conflicts={pending.conflicts}
      t={t}
      onDone={(choices) => {
        setPending(null);
        pending.resolve(choices);
      }}
    />
  );
  return { ask, dialog };
}
