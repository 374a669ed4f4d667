// Verified presence in the workspace: peerFrom keeps the server-stamped member id (and only a
// string), and the peer list marks a personally invited person as verified and a person with
// a link per role as "naam zelf ingevuld", visibly (a badge) and for screen readers.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { t, translator } from '../../core/i18n/index.js';
import { PeerList } from '../../core/ui/consent/PeerIdentity.js';
import { UiContext } from '../../core/ui/context.js';
import type { Host } from '../../core/ui/host.js';
import { peerFrom } from '../../core/sync/presence.js';

const host: Host = { copy: async () => ({ ok: true }), openLink: () => undefined, download: async () => ({ ok: true }) };
let root: HTMLElement | null = null;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = null;
});

describe('verified presence', () => {
  it('reads the member id the server stamped, and nothing else in its place', () => {
    expect(peerFrom(1, { user: { name: 'Anna' }, memberId: 'm_123' })?.memberId).toBe('m_123');
    expect(peerFrom(2, { user: { name: 'Gast' }, memberId: null })?.memberId).toBeUndefined();
    expect(peerFrom(3, { user: { name: 'Gast' }, memberId: { id: 'x' } })?.memberId).toBeUndefined();
    expect(peerFrom(4, { user: { name: 'Gast' } })).not.toHaveProperty('memberId');
  });

  it('marks who the server verified, visibly and for screen readers', async () => {
    root = document.createElement('div');
    document.body.append(root);
    const peers = [
      { ...peerFrom(1, { user: { name: 'Anna de Vries', organisation: 'Bibliotheek Oost' }, memberId: 'm1' })! },
      { ...peerFrom(2, { user: { name: 'Gast', organisation: 'Gemeente Oost' }, readOnly: true })! },
    ];
    await act(() => {
      render(
        <UiContext.Provider value={{ host, lang: 'nl', t: translator('nl') }}>
          <PeerList peers={peers} />
        </UiContext.Provider>,
        root!,
      );
    });
    const items = [...root.querySelectorAll('li')];
    expect(items).toHaveLength(2);
    const anna = items[0]!;
    const gast = items[1]!;
    expect(anna.querySelector('[data-verified]')?.getAttribute('data-verified')).toBe('true');
    expect(anna.querySelector('.badge')?.textContent).toBe(t('nl', 'ui.consent.presence.badgeVerified'));
    expect(anna.querySelector('.badge')?.getAttribute('aria-hidden')).toBe('true');
    expect(anna.querySelector('.visually-hidden')?.textContent).toBe(t('nl', 'ui.consent.presence.peerVerified'));
    expect(anna.textContent).toContain('Anna de Vries (Bibliotheek Oost)');
    expect(gast.querySelector('[data-verified]')?.getAttribute('data-verified')).toBe('false');
    expect(gast.querySelector('.badge')?.textContent).toBe(t('nl', 'ui.consent.presence.badgeTyped'));
    expect(gast.querySelector('.visually-hidden')?.textContent).toBe(t('nl', 'ui.consent.presence.peerTyped'));
    expect(gast.textContent).toContain(t('nl', 'ui.role.viewer'));
  });
});
