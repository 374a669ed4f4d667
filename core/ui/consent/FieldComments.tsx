// Comments on one field: a small button beside the field's label (with the number of open
// points on it) that opens the field's threads below the control. Used by FieldFrame for every
// field of the live draft with a field key (TextField passes it) that belongs to a part
// (field-part.ts); nothing outside a draft, in a read-only version
// (FieldCommentsContext false) or for fields of the private doc.
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useId, useState } from 'preact/hooks';
import { DraftContext, useUi } from '../context.js';
import type { DraftSession } from '../session.js';
import { useAgreement } from '../use-doc.js';
import { FieldThreads } from './CommentsPanel.js';
import { useFieldThreads } from './comments-store.js';
import { partOfField } from './field-part.js';
import { openOf } from './open-points.js';

/** False where fields show a frozen doc (a version), whose comments are not the draft's. */
export const FieldCommentsContext = createContext(true);

/** The field's comments button (in the head) and its open panel (after the control); null where comments do not apply. */
export function useFieldComments(key: string | undefined, label: string): { button: ComponentChildren; panel: ComponentChildren } | null {
  const draft = useContext(DraftContext);
  const enabled = useContext(FieldCommentsContext);
  const part = key ? partOfField(key) : null;
  const field = part ? key! : null;
  const session = draft?.session ?? null;
  const threads = useFieldThreads(session?.doc ?? NO_DOC, session && enabled ? field : null);
  const [open, setOpen] = useState(false);
  const id = useId();
  const { t } = useUi();
  if (!session || !enabled || !field || !part) return null;
  const openCount = openOf(threads).length;
  return {
    button: (
      <button type="button" class="quiet field-comments" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)} data-testid="field-comments-toggle" data-count={openCount}>
        {openCount ? t('ui.consent.comments.buttonOpen', { n: openCount }) : t('ui.consent.comments.fieldButton')}
        <span class="visually-hidden"> {t('ui.consent.comments.fieldButtonFor', { field: label })}</span>
      </button>
    ),
    panel: open && <OpenField id={id} session={session} target={{ part, field, label }} threads={threads} />,
  };
}

/** Stands for the doc outside a draft; never read, as the field is null there. */
const NO_DOC = null as unknown as DraftSession['doc'];

function OpenField(props: { id: string; session: DraftSession; target: { part: string; field: string; label: string }; threads: Parameters<typeof FieldThreads>[0]['threads'] }) {
  const agreement = useAgreement(props.session.doc);
  return <FieldThreads id={props.id} target={props.target} threads={props.threads} agreement={agreement} />;
}
