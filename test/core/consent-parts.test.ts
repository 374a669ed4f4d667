// Which parts a change can touch, by the top-level type and the field that changed: a field
// shown in several sections maps to each, a list changed as a whole to every section it
// feeds, and types outside the agreement's text to nothing.
import { describe, expect, it } from 'vitest';
import { partsOfChange } from '../../core/consent/parts.js';

describe('parts of a change', () => {
  it('maps fixed sections, list fields and whole lists to the sections whose text they change', () => {
    expect(partsOfChange('ambition.statement', null)).toEqual(['ambition']);
    expect(partsOfChange('relationship', 'meetingRhythm')).toEqual(['relationship']);
    expect(partsOfChange('communication.agreements', null)).toEqual(['communication']);
    expect(partsOfChange('partners', 'brings')).toEqual(['partners']);
    expect(partsOfChange('partners', 'directorContact')).toEqual(['communication']);
    expect(partsOfChange('partners', 'name')).toEqual(expect.arrayContaining(['partners', 'roles', 'interests', 'communication']));
    expect(partsOfChange('activities', 'roles')).toEqual(['roles']);
    expect(partsOfChange('activities', 'currentHours')).toEqual(['resources']);
    expect(partsOfChange('rules', null)).toEqual(['rules']);
    expect(partsOfChange('milestones', 'title')).toEqual(['process']);
  });

  it('maps what is no part of the agreement text to nothing', () => {
    for (const root of ['meta', 'meta.title', 'checklist', 'checklist.note.q1', 'healthChecks', 'actions', 'server', 'annotations', 'constructor', '__proto__']) {
      expect(partsOfChange(root, null), root).toEqual([]);
    }
  });
});
