// Annotaties: the annotations of the page in the current tab (activate the annotator there,
// click one to scroll to it and flash it), the ones no longer found (orphans, with their
// quote), all of them by partner, and export/import as W3C Web Annotation JSON-LD.
import type { Annotation } from '../../anchoring/annotation.js';
import { normalizeUrl } from '../../anchoring/url.js';
import { partnerLabel, type Agreement } from '../../agreement/index.js';
import { useUi } from '../context.js';
import type { AnnotatorLink } from './use-annotator.js';
import { AnnotationItem } from './AnnotationItem.js';
import { ExchangePanel } from './ExchangePanel.js';
import { SitesPanel } from './SitesPanel.js';

function safeNormalize(url: string): string | null {
  try {
    return normalizeUrl(url);
  } catch {
    return null;
  }
}

export function AnnotationsScreen({ agreement, link }: { agreement: Agreement; link: AnnotatorLink }) {
  const { t, host, lang } = useUi();
  const page = link.current ? link.pages.get(link.current.id) : undefined;
  const pageUrl = page?.url ?? (link.current ? safeNormalize(link.current.url) : null);
  const here = link.annotations.filter((a) => a.url === pageUrl);
  const orphans = here.filter((a) => link.status.get(a.id) === 'orphaned');
  const found = here.filter((a) => link.status.get(a.id) !== 'orphaned');
  const partnerName = (id: string) => (agreement.partners.some((p) => p.id === id) ? partnerLabel(agreement, id, lang) : t('ui.annotations.unknownPartner'));
  const item = (a: Annotation, onPage: boolean) => (
    <AnnotationItem key={a.id} a={a} agreement={agreement} partnerName={partnerName(a.partnerId)} active={a.id === link.activeId} onShow={onPage ? () => link.scrollTo(a) : undefined} />
  );
  return (
    <div>
      <p class="explain">{t('ui.annotations.explain')}</p>
      {host.annotator && (
        <section aria-labelledby="ann-page">
          <h3 id="ann-page">{t('ui.annotations.thisPage')}</h3>
          {pageUrl ? <p class="hint" data-testid="annotations-url">{pageUrl}</p> : <p class="empty">{t('ui.annotations.noPage')}</p>}
          {pageUrl && (
            <div class="actions">
              <button type="button" onClick={() => void link.activate()}>{t('ui.annotations.activate')}</button>
            </div>
          )}
          <p role="status" data-testid="annotator-state">{page ? t('ui.annotations.active') : ''}</p>
          {page && here.length === 0 && <p class="empty">{t('ui.annotations.noneHere')}</p>}
          <ul class="plain" data-testid="annotations-here">{found.map((a) => item(a, !!page))}</ul>
          {orphans.length > 0 && (
            <>
              <h4>{t('ui.annotations.orphans')}</h4>
              <p class="hint">{t('ui.annotations.orphansHint')}</p>
              <ul class="plain" data-testid="annotations-orphaned">{orphans.map((a) => item(a, false))}</ul>
            </>
          )}
        </section>
      )}
      <section aria-labelledby="ann-partners">
        <h3 id="ann-partners">{t('ui.annotations.byPartner')}</h3>
        {link.annotations.length === 0 && <p class="empty">{t('ui.annotations.none')}</p>}
        {[...agreement.partners.map((p) => p.id), null].map((pid) => {
          // null: annotations of a partner not (or no longer) in the draft, e.g. imported ones.
          const known = new Set(agreement.partners.map((p) => p.id));
          const mine = link.annotations.filter((a) => (pid === null ? !known.has(a.partnerId) : a.partnerId === pid));
          return mine.length ? (
            <div key={pid ?? '-'} class="group">
              <h4>{pid === null ? t('ui.annotations.unknownPartner') : partnerName(pid)}</h4>
              <ul class="plain">{mine.map((a) => item(a, !!page && a.url === pageUrl))}</ul>
            </div>
          ) : null;
        })}
      </section>
      {host.annotator && <SitesPanel agreement={agreement} />}
      <ExchangePanel annotations={link.annotations} partners={agreement.partners.map((p) => ({ id: p.id, label: partnerLabel(agreement, p.id, lang) }))} />
    </div>
  );
}
