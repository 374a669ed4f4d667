// Platform detection (pure): the content-control rule as data, build comparison, and the
// anchor each Word gets — bookmarks on Word for the web until a fixed build is named.
import { describe, expect, it } from 'vitest';
import { CONTROL_BREAKS, compareBuilds, controlBreakFor, wordPlatform } from '../../office-addin/platform.js';

const all = () => true;

describe('wordPlatform', () => {
  it('keeps content controls on desktop and uses bookmarks on Word for the web', () => {
    for (const platform of ['PC', 'Mac']) expect(wordPlatform({ platform, version: '16.0.18000.20000', isSetSupported: all })).toMatchObject({ anchor: 'control', controlBreak: null, readsBookmarks: true });
    const web = wordPlatform({ platform: 'OfficeOnline', version: '16.0.19127.40500', isSetSupported: all });
    expect(web).toMatchObject({ anchor: 'bookmark', readsBookmarks: true });
    expect(web.controlBreak!.issues).toEqual(['office-js#6590', 'office-js#6657']);
    expect(web.sets.find((s) => s.name === 'WordApi' && s.version === '1.4')).toEqual({ name: 'WordApi', version: '1.4', supported: true });
  });

  it('reports the sets Word has, and cannot read bookmarks without WordApi 1.4', () => {
    const old = wordPlatform({ platform: 'PC', version: '16.0.4266.1001', isSetSupported: (name, v) => name === 'WordApi' && Number(v) <= 1.3 });
    expect(old.readsBookmarks).toBe(false);
    expect(old.sets.filter((s) => s.supported).map((s) => `${s.name} ${s.version}`)).toEqual(['WordApi 1.1', 'WordApi 1.2', 'WordApi 1.3']);
    expect(wordPlatform({ platform: undefined, version: undefined, isSetSupported: all })).toMatchObject({ platform: 'unknown', version: null, anchor: 'control' });
  });

  it('goes back to content controls from the build a fix is known in', () => {
    const fixed = [{ ...CONTROL_BREAKS[0]!, fixedIn: '16.0.19500.10000' }];
    expect(controlBreakFor('OfficeOnline', '16.0.19499.99999', fixed)).not.toBeNull();
    expect(controlBreakFor('OfficeOnline', '16.0.19500.10000', fixed)).toBeNull();
    expect(controlBreakFor('OfficeOnline', null, fixed)).not.toBeNull(); // no build number: stay safe
    expect(wordPlatform({ platform: 'OfficeOnline', version: '16.0.20000.1', isSetSupported: all }, fixed).anchor).toBe('control');
    expect(compareBuilds('16.0.10', '16.0.9')).toBe(1);
    expect(compareBuilds('16.0', '16.0.0')).toBe(0);
  });
});
