// The Bijwerken question for sections the user edited in Word: per section keep mine,
// replace, or insert the new version below. A modal dialog, keyboard reachable.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../../core/i18n/index.js';
import type { Conflict, ConflictChoice } from '../word-host.js';

export interface ConflictDialogProps {
  conflicts: Conflict[];
  t: Translate;
  onDone: (choices: Record<string, ConflictChoice> | null) => void;
}

const CHOICES: [ConflictChoice, 'word.conflict.keep' | 'word.conflict.replace' | 'word.conflict.below'][] = [
  ['keep', 'word.conflict.keep'],
  ['replace', 'word.conflict.replace'],
  ['insert-below', 'word.conflict.below'],
];

export function ConflictDialog({ conflicts, t, onDone }: ConflictDialogProps) {
  const [choices, setChoices] = useState<Record<string, ConflictChoice>>(() => Object.fromEntries(conflicts.map((c) => [c.id, 'keep'])));
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div role="dialog" aria-modal="true" aria-labelledby="conflict-title" class="word-dialog" onKeyDown={(e) => e.key === 'Escape' && onDone(null)}>
      <h2 id="conflict-title">{t('word.conflict.title')}</h2>
      <p>{t('word.conflict.body')}</p>
      {conflicts.map((c, i) => (
        <fieldset key={c.id}>
          <legend>{c.label}</legend>
          {CHOICES.map(([choice, label], j) => (
            <label key={choice}>
              <input
                ref={i === 0 && j === 0 ? first : undefined}
                type="radio"
                name={`conflict-${c.id}`}
                value={choice}
                checked={choices[c.id] === choice}
                onChange={() => setChoices({ ...choices, [c.id]: choice })}
              />{' '}
              {t(label)}
            </label>
          ))}
        </fieldset>
      ))}
      <div class="word-actions">
        <button type="button" onClick={() => onDone(choices)}>
          {t('word.conflict.apply')}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          {t('word.conflict.cancel')}
        </button>
      </div>
    </div>
  );
}
