// Opmerkingen bij een onderdeel: the threads on one part of the agreement, open ones first,
// each with its author and time, the field it points at (if any), the partners it mentions,
// its replies, and resolve/reopen for editors and owners. Anyone with access (viewers too)
// can raise a point and reply; the server stamps the author. Threads come from the doc's
// `server` map. FieldThreads is the same for one field (FieldComments.tsx opens it). Near the
// limits on threads and replies (COMMENT_LIMITS) the forms say how many are left; at the
// limit they say why nothing more can be added, as the server would.
import { useId, useState } from 'preact/hooks';
import { COMMENT_LIMIT_NEAR, COMMENT_LIMITS, type CommentTarget, type CommentThread } from '../../consent/contract.js';
import { partnerLabel, type Agreement } from '../../agreement/index.js';
import { useDraft, useUi } from '../context.js';
import { addComment, replyTo, resolveThread } from './consent-api.js';
import { formatMoment, openOf, partTitle, threadsOf } from './open-points.js';
import { useAction } from './use-action.js';
import { apiTarget, useServerRecords } from './use-consent.js';

const MAX_BODY = COMMENT_LIMITS.body;

/** The part's comments button (with the number of open points) and, when open, its threads. */
export function PartComments(props: { part: string; agreement: Agreement }) {
  const { t } = useUi();
  const { session } = useDraft();
  const threads = threadsOf(useServerRecords(session).comments, props.part);
  const open = openOf(threads).length;
  const [shown, setShown] = useState(false);
  const id = useId();
  return (
    <div class="comments">
      <button type="button" class="quiet" aria-expanded={shown} aria-controls={id} onClick={() => setShown(!shown)} data-testid="comments-toggle">
        {open ? t('ui.consent.comments.buttonOpen', { n: open }) : t('ui.consent.comments.button')}
      </button>
      {shown && (
        <section id={id} class="comments-panel" aria-label={t('ui.consent.comments.title', { part: partTitle(props.part, t) })}>
          <CommentList threads={threads} agreement={props.agreement} />
          <NewComment target={{ part: props.part }} agreement={props.agreement} />
        </section>
      )}
    </div>
  );
}

/** The threads on one field and a form to add one there (opened from the field's comments button). */
export function FieldThreads(props: { id: string; target: Required<Pick<CommentTarget, 'part' | 'field'>> & { label: string }; threads: CommentThread[]; agreement: Agreement }) {
  const { t } = useUi();
  return (
    <section id={props.id} class="comments-panel field-comments-panel" aria-label={t('ui.consent.comments.fieldTitle', { field: props.target.label })} data-testid="field-comments">
      <CommentList threads={props.threads} agreement={props.agreement} none={t('ui.consent.comments.noneField')} inField />
      <NewComment target={props.target} agreement={props.agreement} />
    </section>
  );
}

function CommentList(props: { threads: CommentThread[]; agreement: Agreement; none?: string; inField?: boolean }) {
  const { t } = useUi();
  if (props.threads.length === 0) return <p class="empty">{props.none ?? t('ui.consent.comments.none')}</p>;
  const ordered = [...openOf(props.threads), ...props.threads.filter((c) => c.resolvedAt)];
  return (
    <ul class="plain threads">
      {ordered.map((c) => (
        <Thread key={c.id} thread={c} agreement={props.agreement} inField={props.inField ?? false} />
      ))}
    </ul>
  );
}

function Thread({ thread, agreement, inField }: { thread: CommentThread; agreement: Agreement; inField: boolean }) {
  const { t, lang } = useUi();
  const { session } = useDraft();
  const canResolve = session.draft.role !== 'viewer';
  const resolve = useAction();
  const id = useId();
  const mentions = thread.mentions.map((p) => partnerLabel(agreement, p, lang));
  return (
    <li class={`card thread${thread.resolvedAt ? ' resolved' : ''}`} aria-labelledby={`${id}-by`} data-testid="thread">
      <p class="hint" id={`${id}-by`}>
        {t('ui.consent.comments.by', { name: thread.authorName, at: formatMoment(thread.at, lang) })}
        {thread.resolvedAt && <> · <span class="badge">{t('ui.consent.comments.resolved')}</span></>}
      </p>
      {!inField && thread.target.field && (
        <p class="hint" data-testid="thread-field">{t('ui.consent.comments.atField', { field: thread.target.label || thread.target.field })}</p>
      )}
      <p class="body">{thread.body}</p>
      {mentions.length > 0 && <p class="hint">{t('ui.consent.comments.mentions', { names: mentions.map((m) => '@' + m).join(', ') })}</p>}
      {thread.replies.length > 0 && (
        <ul class="plain replies" aria-label={t('ui.consent.comments.replies')}>
          {thread.replies.map((r) => (
            <li key={r.id}>
              <p class="hint">{t('ui.consent.comments.by', { name: r.authorName, at: formatMoment(r.at, lang) })}</p>
              <p class="body">{r.body}</p>
            </li>
          ))}
        </ul>
      )}
      {!thread.resolvedAt && <Reply thread={thread} />}
      {canResolve && (
        <div class="actions">
          <button
            type="button"
            class="quiet"
            disabled={resolve.busy}
            onClick={() => void resolve.run(() => resolveThread(apiTarget(session), thread.id, !thread.resolvedAt), t(thread.resolvedAt ? 'ui.consent.comments.reopened' : 'ui.consent.comments.resolvedDone'))}
          >
            {t(thread.resolvedAt ? 'ui.consent.comments.reopen' : 'ui.consent.comments.resolve')}
          </button>
        </div>
      )}
      {resolve.error && <p class="warning">{resolve.error}</p>}
    </li>
  );
}

function Reply({ thread }: { thread: CommentThread }) {
  const { t } = useUi();
  const { session } = useDraft();
  const id = useId();
  const [body, setBody] = useState('');
  const action = useAction();
  const count = thread.replies.length;
  const full = count >= COMMENT_LIMITS.replies;
  const near = count >= COMMENT_LIMITS.replies - COMMENT_LIMIT_NEAR.replies;
  const send = async (e: Event) => {
    e.preventDefault();
    if (!body.trim() || full) return;
    if (await action.run(() => replyTo(apiTarget(session), thread.id, body.trim().slice(0, MAX_BODY)), t('ui.consent.comments.replied'))) setBody('');
  };
  if (full) return <p class="hint" data-testid="replies-full">{t('ui.consent.comments.repliesFull', { max: COMMENT_LIMITS.replies })}</p>;
  return (
    <form class="reply" onSubmit={send}>
      <label for={id}>{t('ui.consent.comments.reply')}</label>
      <textarea id={id} rows={2} maxLength={MAX_BODY} value={body} aria-describedby={near ? `${id}-left` : undefined} onInput={(e) => setBody(e.currentTarget.value)} />
      {near && <p class="hint" id={`${id}-left`} data-testid="replies-left">{t('ui.consent.comments.repliesLeft', { count, max: COMMENT_LIMITS.replies })}</p>}
      <button type="submit" disabled={action.busy || !body.trim()}>{t('ui.consent.comments.send')}</button>
      {action.error && <p class="warning">{action.error}</p>}
    </form>
  );
}

function NewComment(props: { target: CommentTarget; agreement: Agreement }) {
  const { t, lang } = useUi();
  const { session } = useDraft();
  const total = useServerRecords(session).comments.length;
  const full = total >= COMMENT_LIMITS.threads;
  const near = total >= COMMENT_LIMITS.threads - COMMENT_LIMIT_NEAR.threads;
  const id = useId();
  const [body, setBody] = useState('');
  const [mention, setMention] = useState('');
  const [mentions, setMentions] = useState<string[]>([]);
  const [empty, setEmpty] = useState(false);
  const action = useAction();
  const partners = props.agreement.partners;
  const submit = async (e: Event) => {
    e.preventDefault();
    if (full) return;
    if (!body.trim()) {
      setEmpty(true);
      return;
    }
    const sent = await action.run(
      () => addComment(apiTarget(session), { target: props.target, body: body.trim().slice(0, MAX_BODY), mentions }),
      t('ui.consent.comments.added'),
    );
    if (sent) {
      setBody('');
      setMentions([]);
    }
  };
  if (full) return <p class="hint" data-testid="threads-full">{t('ui.consent.comments.threadsFull', { max: COMMENT_LIMITS.threads })}</p>;
  return (
    <form class="new-comment" onSubmit={submit} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{props.target.field ? t('ui.consent.comments.newField', { field: props.target.label ?? props.target.field }) : t('ui.consent.comments.new')}</h3>
      {near && <p class="hint" data-testid="threads-left">{t('ui.consent.comments.threadsLeft', { count: total, max: COMMENT_LIMITS.threads })}</p>}
      <div class="field">
        <label for={`${id}-body`}>{t('ui.consent.comments.body')}</label>
        <textarea
          id={`${id}-body`}
          rows={3}
          maxLength={MAX_BODY}
          value={body}
          aria-invalid={empty || undefined}
          aria-describedby={empty ? `${id}-empty` : undefined}
          onInput={(e) => (setBody(e.currentTarget.value), setEmpty(false))}
          data-testid="comment-body"
        />
        {empty && <p class="field-message" id={`${id}-empty`}>{t('ui.consent.comments.bodyNeeded')}</p>}
      </div>
      {partners.length > 0 && (
        <div class="field inline">
          <label for={`${id}-mention`}>{t('ui.consent.comments.mention')}</label>
          <select id={`${id}-mention`} value={mention} onChange={(e) => setMention(e.currentTarget.value)}>
            <option value="">{t('ui.consent.comments.mentionNone')}</option>
            {partners.filter((p) => !mentions.includes(p.id)).map((p) => (
              <option key={p.id} value={p.id}>{partnerLabel(props.agreement, p.id, lang)}</option>
            ))}
          </select>
          <button type="button" class="quiet" disabled={!mention} onClick={() => (setMentions([...mentions, mention]), setMention(''))}>
            {t('ui.consent.comments.mentionAdd')}
          </button>
        </div>
      )}
      {mentions.length > 0 && (
        <ul class="plain chips" aria-label={t('ui.consent.comments.mentioned')}>
          {mentions.map((p) => {
            const name = partnerLabel(props.agreement, p, lang);
            return (
              <li key={p}>
                @{name}{' '}
                <button type="button" class="quiet" onClick={() => setMentions(mentions.filter((x) => x !== p))}>
                  {t('ui.consent.comments.mentionRemove')}
                  <span class="visually-hidden"> {name}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <button type="submit" disabled={action.busy} data-testid="comment-add">{t('ui.consent.comments.add')}</button>
      {action.error && <p class="warning">{action.error}</p>}
    </form>
  );
}
