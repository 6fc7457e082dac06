import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Case, CaseEvent, DismissReason } from '../../../../../src/server/schemas/cases-schemas';
import { LeadNotice } from '../../../components/lead-notice';
import { PageTitle } from '../../../components/page-title';
import { ErrorMessage, QueryState } from '../../../components/query-state';
import { CaseStatusBadge } from '../../../components/status-badge';
import { useLanguage } from '../../../i18n';
import { formatDateTime, formatMoney } from '../../../lib/format';
import { districtName } from '../../../lib/localized';
import { useMeta } from '../../../lib/meta';
import { useAssignCase } from '../api/assign-case';
import { useCloseCase } from '../api/close-case';
import { useCommentCase } from '../api/comment-case';
import { useDecideCase } from '../api/decide-case';
import { useAssignees } from '../api/get-assignees';
import { useCase } from '../api/get-case';
import { useRecordRecovery } from '../api/record-recovery';
import { DISMISS_REASON_VALUES } from '../lib/reasons';

function parseAmount(text: string): number | undefined {
  const cleaned = text.replace(/[\s\u00a0\u202f₸]/g, '').replace(',', '.');
  if (cleaned === '') return undefined;
  const n = Number(cleaned);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

function EventLine({ event }: { readonly event: CaseEvent }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const when = formatDateTime(event.at, lang);
  switch (event.kind) {
    case 'opened':
      return <>{t('caseEvent.opened', { by: event.by, when })}</>;
    case 'assigned':
      return <>{t('caseEvent.assigned', { by: event.by, when, assignee: event.assignee })}</>;
    case 'commented':
      return (
        <>
          {t('caseEvent.commented', { by: event.by, when })}
          <blockquote>{event.text}</blockquote>
        </>
      );
    case 'decided':
      return (
        <>
          {t('caseEvent.decided', { by: event.by, when, decision: t(`decision.${event.decision}`) })}
          {event.reason ? ` — ${t(`dismissReason.${event.reason}`)}` : ''}
          {event.amountConfirmedKzt !== null ? ` (${formatMoney(event.amountConfirmedKzt, lang)})` : ''}
          {event.note ? <blockquote>{event.note}</blockquote> : null}
        </>
      );
    case 'recovered':
      return (
        <>{t('caseEvent.recovered', { by: event.by, when, amount: formatMoney(event.amountKzt, lang) })}</>
      );
    case 'closed':
      return <>{t('caseEvent.closed', { by: event.by, when })}</>;
  }
}

function AssignForm({ caseId }: { readonly caseId: number }) {
  const { t } = useTranslation();
  const assignees = useAssignees();
  const assign = useAssignCase(caseId);
  const [assigneeId, setAssigneeId] = useState('');
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (assigneeId) assign.mutate(Number(assigneeId));
      }}
    >
      <label htmlFor="assignee">{t('cases.assignee')}</label>
      <select id="assignee" required value={assigneeId} onChange={(e) => setAssigneeId(e.target.value)}>
        <option value="">{t('common.choose')}</option>
        {(assignees.data?.items ?? []).map((u) => (
          <option key={u.id} value={u.id}>
            {u.login}
          </option>
        ))}
      </select>
      <button type="submit" disabled={assign.isPending}>
        {t('findings.assign')}
      </button>
      {assign.error ? <ErrorMessage error={assign.error} /> : null}
    </form>
  );
}

function CommentForm({ caseId }: { readonly caseId: number }) {
  const { t } = useTranslation();
  const comment = useCommentCase(caseId);
  const [text, setText] = useState('');
  return (
    <form
      className="stack-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim()) comment.mutate(text.trim(), { onSuccess: () => setText('') });
      }}
    >
      <label htmlFor="comment">{t('cases.comment')}</label>
      <textarea
        id="comment"
        rows={3}
        maxLength={4000}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <button type="submit" disabled={comment.isPending || !text.trim()}>
        {t('cases.addComment')}
      </button>
      {comment.error ? <ErrorMessage error={comment.error} /> : null}
    </form>
  );
}

function DecisionForm({ item }: { readonly item: Case }) {
  const { t } = useTranslation();
  const decide = useDecideCase(item.id);
  const [decision, setDecision] = useState<'confirmed' | 'dismissed' | ''>('');
  const [reason, setReason] = useState<DismissReason | ''>('');
  const [note, setNote] = useState('');
  const [amount, setAmount] = useState(item.amountKzt?.toString() ?? '');
  const valid = decision === 'confirmed' || (decision === 'dismissed' && reason !== '');
  return (
    <form
      className="stack-form"
      data-testid="decision-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (decision === '' || !valid) return;
        decide.mutate({
          decision,
          reason: decision === 'dismissed' && reason !== '' ? reason : undefined,
          note: note.trim() || undefined,
          amountConfirmedKzt: decision === 'confirmed' ? parseAmount(amount) : undefined,
        });
      }}
    >
      <fieldset>
        <legend>{t('cases.decision')}</legend>
        <label>
          <input
            type="radio"
            name="decision"
            value="confirmed"
            checked={decision === 'confirmed'}
            onChange={() => setDecision('confirmed')}
          />{' '}
          {t('decision.confirmed')}
        </label>
        <label>
          <input
            type="radio"
            name="decision"
            value="dismissed"
            checked={decision === 'dismissed'}
            onChange={() => setDecision('dismissed')}
          />{' '}
          {t('decision.dismissed')}
        </label>
      </fieldset>
      {decision === 'dismissed' ? (
        <>
          <label htmlFor="reason">{t('cases.reason')}</label>
          <select
            id="reason"
            required
            value={reason}
            onChange={(e) => setReason(e.target.value as DismissReason | '')}
          >
            <option value="">{t('common.choose')}</option>
            {DISMISS_REASON_VALUES.map((r) => (
              <option key={r} value={r}>
                {t(`dismissReason.${r}`)}
              </option>
            ))}
          </select>
        </>
      ) : null}
      {decision === 'confirmed' ? (
        <>
          <label htmlFor="amount-confirmed">{t('cases.amountConfirmed')}</label>
          <input
            id="amount-confirmed"
            inputMode="decimal"
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
          />
        </>
      ) : null}
      <label htmlFor="note">{t('cases.note')}</label>
      <textarea id="note" rows={2} maxLength={4000} value={note} onChange={(e) => setNote(e.target.value)} />
      <button type="submit" className="primary" disabled={!valid || decide.isPending}>
        {t('cases.decide')}
      </button>
      {decide.error ? <ErrorMessage error={decide.error} /> : null}
    </form>
  );
}

function RecoveryForm({ item }: { readonly item: Case }) {
  const { t } = useTranslation();
  const record = useRecordRecovery(item.id);
  const [amount, setAmount] = useState(item.amountRecoveredKzt?.toString() ?? '');
  const value = parseAmount(amount);
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (value !== undefined) record.mutate(value);
      }}
    >
      <label htmlFor="recovered">{t('cases.amountRecovered')}</label>
      <input id="recovered" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />
      <button type="submit" disabled={value === undefined || record.isPending}>
        {t('common.save')}
      </button>
      {record.error ? <ErrorMessage error={record.error} /> : null}
    </form>
  );
}

function CloseButton({ caseId }: { readonly caseId: number }) {
  const { t } = useTranslation();
  const close = useCloseCase(caseId);
  return (
    <p>
      <button type="button" disabled={close.isPending} onClick={() => close.mutate(undefined)}>
        {t('cases.close')}
      </button>
      {close.error ? <ErrorMessage error={close.error} /> : null}
    </p>
  );
}

export function CasePage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { caseId = '' } = useParams();
  const id = Number(caseId);
  const detail = useCase(id);
  const meta = useMeta();
  return (
    <section className="page">
      <p>
        <Link to="/cases">← {t('cases.back')}</Link>
      </p>
      <QueryState query={detail}>
        {({ case: item, events }) => (
          <>
            <PageTitle title={`${t('cases.case')} #${item.id}`}>
              {t('cases.case')} #{item.id} <CaseStatusBadge status={item.status} />
            </PageTitle>
            <LeadNotice />
            <div className="finding-layout">
              <section className="card">
                <dl className="kv">
                  <div className="kv-row">
                    <dt>{t('findings.rule')}</dt>
                    <dd>
                      <Link to={`/findings/${item.findingId}`}>
                        <span className="rule-id">{item.ruleId}</span> {t('cases.openFinding')}
                      </Link>
                    </dd>
                  </div>
                  <div className="kv-row">
                    <dt>{t('findings.subject')}</dt>
                    <dd className="mono">{item.subjectId}</dd>
                  </div>
                  <div className="kv-row">
                    <dt>{t('findings.district')}</dt>
                    <dd>{districtName(item.district, meta.data?.districts, lang)}</dd>
                  </div>
                  <div className="kv-row">
                    <dt>{t('findings.amount')}</dt>
                    <dd>{formatMoney(item.amountKzt, lang)}</dd>
                  </div>
                  <div className="kv-row">
                    <dt>{t('cases.assignee')}</dt>
                    <dd>{item.assigneeLogin ?? '—'}</dd>
                  </div>
                  <div className="kv-row">
                    <dt>{t('cases.decision')}</dt>
                    <dd data-testid="case-decision">
                      {item.decision ? t(`decision.${item.decision}`) : '—'}
                      {item.dismissReason ? ` — ${t(`dismissReason.${item.dismissReason}`)}` : ''}
                    </dd>
                  </div>
                  <div className="kv-row">
                    <dt>{t('cases.amountConfirmed')}</dt>
                    <dd>{formatMoney(item.amountConfirmedKzt, lang)}</dd>
                  </div>
                  <div className="kv-row">
                    <dt>{t('cases.amountRecovered')}</dt>
                    <dd>{formatMoney(item.amountRecoveredKzt, lang)}</dd>
                  </div>
                </dl>
                <AssignForm caseId={item.id} />
                {item.decision === 'confirmed' ? <RecoveryForm item={item} /> : null}
                {item.status === 'confirmed' || item.status === 'dismissed' ? (
                  <CloseButton caseId={item.id} />
                ) : null}
              </section>
              <section className="card">
                {item.status === 'open' ? <DecisionForm item={item} /> : null}
                <CommentForm caseId={item.id} />
              </section>
            </div>
            <h2>{t('cases.history')}</h2>
            <ol className="timeline" data-testid="case-history">
              {events.map((event, i) => (
                <li key={i}>
                  <EventLine event={event} />
                </li>
              ))}
            </ol>
          </>
        )}
      </QueryState>
    </section>
  );
}
