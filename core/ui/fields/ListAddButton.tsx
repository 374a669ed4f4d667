// The add button of a list, aware of the list's limit (core/agreement/limits.ts): near the
// limit it shows the count ("98 van 100 partners"); at the limit the button is disabled and
// says why, the reason tied to the button (aria-describedby) so screen readers read it too.
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import type { ListName } from '../../agreement/entities.js';
import { listRoom } from '../../agreement/limits.js';
import { useUi } from '../context.js';

export interface ListAddButtonProps {
  list: ListName;
  /** Items in the list now. */
  count: number;
  onAdd: () => void;
  children: ComponentChildren;
}

export function ListAddButton(props: ListAddButtonProps) {
  const { t } = useUi();
  const id = useId();
  const room = listRoom(props.list, props.count);
  const params = { count: room.count, max: room.max, items: t(`limits.items.${props.list}`) };
  const note = room.full ? t('limits.full', params) : room.near ? t('limits.count', params) : null;
  return (
    <div class="list-add">
      <button type="button" disabled={room.full} aria-describedby={note ? id : undefined} onClick={props.onAdd}>
        {props.children}
      </button>
      {note && <p id={id} class="hint">{note}</p>}
    </div>
  );
}
