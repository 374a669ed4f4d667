// The selection toolbar: partner names and quotes from anywhere stay text, the form gives
// typed values, and the page cannot reach into it (closed shadow root).
import { describe, expect, it, vi } from 'vitest';
import { buildPageText } from '../../../extension/annotator/page-text.js';
import { createSelectionToolbar } from '../../../extension/annotator/toolbar.js';

const HOSTILE = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>&amp; "Bibliotheek"';

function setup(partners = [{ id: 'school', name: HOSTILE }, { id: 'gemeente', name: 'Gemeente Lindendaal' }]) {
  document.body.innerHTML = '<p>Pagina</p>';
  for (const old of document.querySelectorAll('samenspel-toolbar')) old.remove();
  const onSubmit = vi.fn();
  const onCancel = vi.fn();
  const toolbar = createSelectionToolbar(document, { partners, onSubmit, onCancel });
  toolbar.open(HOSTILE, 10, 20);
  const q = <T extends Element>(sel: string) => toolbar.root.querySelector(sel) as T;
  return { toolbar, onSubmit, onCancel, q };
}

describe('selection toolbar', () => {
  it('renders hostile partner names and quotes as text, never as markup', () => {
    const { toolbar, q } = setup();
    expect(toolbar.root.querySelector('img')).toBeNull();
    expect(toolbar.root.querySelectorAll('script')).toHaveLength(0);
    const option = q<HTMLOptionElement>('select[name=partner] option');
    expect(option.textContent).toBe(HOSTILE);
    expect(option.value).toBe('school');
    expect(q('blockquote').textContent).toBe(HOSTILE);
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
  });

  it('lives in a closed shadow root the page cannot reach, outside the page text', () => {
    const { toolbar } = setup();
    expect(toolbar.host.isConnected).toBe(true);
    expect(toolbar.host.shadowRoot).toBeNull();
    expect(document.querySelector('select')).toBeNull();
    expect(buildPageText(document.documentElement, window).text).toBe('Pagina');
  });

  it('shows the title, labelled controls and the levels and conditions', () => {
    const { q, toolbar } = setup();
    expect(q('h2').textContent).toBe('Markeer als belang van …');
    for (const control of toolbar.root.querySelectorAll('select, textarea')) {
      const label = toolbar.root.querySelector(`label[for="${control.id}"]`);
      expect(label?.textContent).toBeTruthy();
    }
    const levels = [...toolbar.root.querySelectorAll('select[name=level] option')].map((o) => o.textContent);
    expect(levels).toEqual(['Collectief belang', 'Organisatiebelang', 'Persoonlijk belang']);
    expect(toolbar.root.querySelectorAll('select[name=condition] option')).toHaveLength(6);
    expect(toolbar.root.activeElement ?? document.activeElement).toBeTruthy();
  });

  it('shows its labels in the language the side panel gives, from the catalogue', () => {
    const { q, toolbar } = setup();
    toolbar.setLang('en');
    expect(q('h2').textContent).toBe('Mark as an interest of …');
    expect([...toolbar.root.querySelectorAll('select[name=level] option')].map((o) => o.textContent)).toEqual([
      'Collective interest',
      'Organisational interest',
      'Personal interest',
    ]);
    expect(q('button[type=submit]').textContent).toBe('Mark');
    expect(q<HTMLOptionElement>('select[name=partner] option').textContent).toBe(HOSTILE);
    toolbar.setLang('nl');
    expect(q('button[type=button]').textContent).toBe('Annuleren');
  });

  it('submits typed values; a personal interest is private by default', () => {
    const { q, onSubmit, toolbar } = setup();
    q<HTMLSelectElement>('select[name=partner]').value = 'gemeente';
    const level = q<HTMLSelectElement>('select[name=level]');
    level.value = 'personal';
    level.dispatchEvent(new Event('change'));
    q<HTMLSelectElement>('select[name=condition]').value = '';
    q<HTMLTextAreaElement>('textarea').value = 'Mijn eigen drijfveer';
    q<HTMLFormElement>('form').dispatchEvent(new Event('submit', { cancelable: true }));
    expect(onSubmit).toHaveBeenCalledWith({
      partnerId: 'gemeente',
      level: 'personal',
      conditionId: null,
      note: 'Mijn eigen drijfveer',
      visibility: 'private',
    });
    expect(toolbar.isOpen()).toBe(false);
  });

  it('closes on Escape without the page seeing the key, and on Annuleren', () => {
    const { q, onCancel, toolbar } = setup();
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    q('form').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(toolbar.isOpen()).toBe(false);
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(pageKeys).not.toHaveBeenCalled();
    toolbar.open('x', 0, 0);
    q<HTMLButtonElement>('button[type=button]').click();
    expect(toolbar.isOpen()).toBe(false);
    expect(onCancel).toHaveBeenCalledTimes(2);
    document.removeEventListener('keydown', pageKeys);
  });

  it('without partners it says what to do and cannot submit', () => {
    const { q, onSubmit } = setup([]);
    expect(q<HTMLButtonElement>('button[type=submit]').disabled).toBe(true);
    expect(q<HTMLElement>('.hint').hidden).toBe(false);
    q('form').dispatchEvent(new Event('submit', { cancelable: true }));
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('destroy removes it from the page', () => {
    const { toolbar } = setup();
    toolbar.destroy();
    expect(toolbar.host.isConnected).toBe(false);
    expect(document.querySelector('samenspel-toolbar')).toBeNull();
  });
});
