// URL normalisation: one key per page, whatever tracking was appended or fragment followed.
import { describe, expect, it } from 'vitest';
import { normalizeUrl, UrlError } from '../../../core/anchoring/index.js';

describe('normalizeUrl', () => {
  it('drops the fragment and tracking parameters, keeps the ones that choose content', () => {
    expect(
      normalizeUrl('https://www.Lindendaal.nl/bestuur/bibliotheekbeleid?id=7&utm_source=nieuwsbrief&UTM_Medium=mail&fbclid=abc&gclid=x&page=2#financiering'),
    ).toBe('https://www.lindendaal.nl/bestuur/bibliotheekbeleid?id=7&page=2');
  });

  it('removes an empty query, default ports and credentials', () => {
    expect(normalizeUrl('https://user:pw@obsderegenboog.nl:443/schoolplan?utm_campaign=x')).toBe('https://obsderegenboog.nl/schoolplan');
    expect(normalizeUrl('http://obsderegenboog.nl:80/')).toBe('http://obsderegenboog.nl/');
  });

  it('honours a canonical link on the same site (www aside), relative or absolute', () => {
    expect(normalizeUrl('https://obsderegenboog.nl/schoolplan?sessie=1', 'https://www.obsderegenboog.nl/schoolplan')).toBe(
      'https://www.obsderegenboog.nl/schoolplan',
    );
    expect(normalizeUrl('https://lindendaal.nl/a/b?x=1', '/a/b#top')).toBe('https://lindendaal.nl/a/b');
  });

  it('ignores a canonical link to another site or scheme', () => {
    expect(normalizeUrl('https://lindendaal.nl/beleid', 'https://kwaadwillend.example/beleid')).toBe('https://lindendaal.nl/beleid');
    expect(normalizeUrl('https://lindendaal.nl/beleid', 'javascript:alert(1)')).toBe('https://lindendaal.nl/beleid');
    expect(normalizeUrl('https://lindendaal.nl/beleid', 'http://[')).toBe('https://lindendaal.nl/beleid');
  });

  it('refuses anything but http(s)', () => {
    for (const bad of ['file:///etc/passwd', 'javascript:alert(1)', 'chrome://settings', 'geen url', '']) {
      expect(() => normalizeUrl(bad)).toThrow(UrlError);
    }
  });
});
