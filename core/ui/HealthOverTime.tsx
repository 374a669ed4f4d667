// Health over time: per condition a chart of every rater's red/amber/green ratings across
// the dated checks (a row per partner, a column per check, each mark also lettered so colour
// is not the only cue), with the same data as a table for screen readers and keyboards; and
// the next reflection moment.
import { partnerLabel, type Agreement, type Rag } from '../agreement/index.js';
import { healthTimeline, nextReflection, type ConditionTimeline } from '../health/index.js';
import { formatDate, formatList } from '../i18n/index.js';
import { useUi } from './context.js';
import { todayIso } from '../base/today.js';

const FILL: Record<Rag, string> = { red: '#b3261e', amber: '#8f5600', green: '#1e7a34' };
const COL = 56;
const ROW = 30;
const LEFT = 170;
const TOP = 26;

export function NextReflection({ agreement }: { agreement: Agreement }) {
  const { t, lang } = useUi();
  const next = nextReflection(agreement, todayIso());
  let text: string;
  if (!next) text = t('ui.health.nextNone');
  else if (next.kind === 'milestone')
    text = next.title
      ? t('ui.health.nextMilestone', { date: formatDate(next.date, lang), title: next.title })
      : t('ui.health.nextMilestoneUntitled', { date: formatDate(next.date, lang) });
  else text = t('ui.health.nextCadence', { date: formatDate(next.date, lang), cadence: t(`cadence.${next.cadence}`), after: formatDate(next.after, lang) });
  return (
    <section aria-labelledby="next-reflection-h" class="next-reflection">
      <h3 id="next-reflection-h">{t('ui.health.next')}</h3>
      <p data-testid="next-reflection">{text}</p>
    </section>
  );
}

export function HealthOverTime({ agreement }: { agreement: Agreement }) {
  const { t } = useUi();
  const timeline = healthTimeline(agreement);
  return (
    <section aria-labelledby="health-over-h">
      <h3 id="health-over-h">{t('ui.health.over')}</h3>
      {timeline.dates.length === 0 ? (
        <p class="empty">{t('ui.health.overEmpty')}</p>
      ) : (
        timeline.conditions
          .filter((c) => c.rows.length > 0)
          .map((c) => <ConditionChart key={c.conditionId} condition={c} dates={timeline.dates} agreement={agreement} />)
      )}
    </section>
  );
}

function ConditionChart({ condition, dates, agreement }: { condition: ConditionTimeline; dates: string[]; agreement: Agreement }) {
  const { t, lang } = useUi();
  const name = t(`condition.${condition.conditionId}`);
  const who = (id: string | null) => (id === null ? t('ui.health.partnership') : partnerLabel(agreement, id, lang));
  const rating = (r: Rag | null) => (r ? t(`rag.${r}`).toLowerCase() : t('ui.health.noRating'));
  const latest = condition.rows.map((row) => {
    const last = [...row.ratings].reverse().find((r) => r !== null) ?? null;
    return t('ui.health.latestOf', { who: who(row.partnerId), rating: rating(last) });
  });
  const width = LEFT + dates.length * COL + 10;
  const height = TOP + condition.rows.length * ROW + 6;
  const captionId = `health-chart-${condition.conditionId}`;
  return (
    <figure class="health-chart" data-testid={`health-chart-${condition.conditionId}`}>
      <figcaption id={captionId}>{t('ui.health.chartOf', { condition: name })}</figcaption>
      <div class="table-wrap">
        <svg
          role="img"
          aria-label={t('ui.health.chartSummary', { condition: name, latest: formatList(latest, lang) })}
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
        >
          {dates.map((d, i) => (
            <text key={d} x={LEFT + i * COL + COL / 2} y={16} text-anchor="middle" font-size="11">
              {formatDate(d, lang).replace(/ \d{4}$/, '')}
            </text>
          ))}
          {condition.rows.map((row, r) => {
            const y = TOP + r * ROW + ROW / 2;
            const points = row.ratings
              .map((v, i) => (v ? `${LEFT + i * COL + COL / 2},${y}` : null))
              .filter((p): p is string => p !== null);
            return (
              <g key={row.partnerId ?? 'all'}>
                <text x={4} y={y + 4} font-size="12">{who(row.partnerId).slice(0, 26)}</text>
                {points.length > 1 && <polyline points={points.join(' ')} fill="none" stroke="#8a8a8a" stroke-width="1.5" />}
                {row.ratings.map((v, i) =>
                  v ? (
                    <g key={i}>
                      <circle cx={LEFT + i * COL + COL / 2} cy={y} r={10} fill={FILL[v]} />
                      <text x={LEFT + i * COL + COL / 2} y={y + 4} text-anchor="middle" font-size="11" fill="#fff" font-weight="bold">
                        {t(`ui.health.rag.short.${v}`)}
                      </text>
                    </g>
                  ) : null,
                )}
              </g>
            );
          })}
        </svg>
      </div>
      <details>
        <summary>{t('ui.health.asTable', { condition: name })}</summary>
        <div class="table-wrap">
          <table data-testid={`health-table-${condition.conditionId}`}>
            <caption class="visually-hidden">{t('ui.health.chartOf', { condition: name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ui.health.col.who')}</th>
                {dates.map((d) => (
                  <th scope="col" key={d}>{formatDate(d, lang)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {condition.rows.map((row) => (
                <tr key={row.partnerId ?? 'all'}>
                  <th scope="row">{who(row.partnerId)}</th>
                  {row.ratings.map((v, i) => (
                    <td key={i} class={v ? `rag-cell ${v}` : 'rag-cell'}>{rating(v)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
