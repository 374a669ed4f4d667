// Partner websites: the origins where a partner's pages live (partner.origins). With the
// user's permission for exactly those origins, the annotator starts there by itself.
import { useState } from 'preact/hooks';
import { partnerLabel, updateItem, type Agreement } from '../../agreement/index.js';
import { useEdit, useNotify, useUi } from '../context.js';
import { TextField } from '../fields/TextField.js';

/** `https://a.nl, http://b.nl:8080/x` → valid origins; null when one is not a web address. */
export function parseOrigins(text: string): string[] | null {
  const out: string[] = [];
  for (const part of text.split(/[\s,]+/).filter(Boolean)) {
    try {
      const u = new URL(part);
      if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
      out.push(u.origin);
    } catch {
      return null;
    }
  }
  return [...new Set(out)].slice(0, 20);
}

export function SitesPanel({ agreement }: { agreement: Agreement }) {
  const { t, host, lang } = useUi();
  const edit = useEdit();
  const notify = useNotify();
  const [bad, setBad] = useState<string | null>(null);
  const all = agreement.partners.flatMap((p) => p.origins);
  return (
    <section aria-labelledby="ann-sites">
      <h3 id="ann-sites">{t('ui.annotations.sites')}</h3>
      <p class="hint">{t('ui.annotations.sitesHint')}</p>
      {agreement.partners.map((p, i) => {
        const name = partnerLabel(agreement, p.id, lang);
        return (
          <TextField
            key={p.id}
            lazy
            label={t('ui.annotations.sitesOf', { partner: name })}
            value={p.origins.join(', ')}
            onChange={(v) => {
              const origins = parseOrigins(v);
              setBad(origins ? null : name);
              if (origins) edit((d) => updateItem(d, 'partners', p.id, { origins }));
            }}
          />
        );
      })}
      {bad && <p role="alert">{t('ui.annotations.sitesBad', { partner: bad })}</p>}
      <div class="actions">
        <button
          type="button"
          disabled={all.length === 0}
          onClick={async () => notify((await host.annotator?.enableSites(all)) ? t('ui.annotations.sitesOn') : t('ui.annotations.sitesRefused'))}
        >
          {t('ui.annotations.sitesEnable')}
        </button>
      </div>
    </section>
  );
}
