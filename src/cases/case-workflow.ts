import { BirtizimError } from '../core/errors/birtizim-error';
import type { Case, DecisionBody } from '../server/schemas/cases-schemas';
import type { CaseRepository } from './case-repository';
import type { CaseEventInput } from './case-events';

/**
 * The life of a case: open → confirmed | dismissed (a dismissal names its reason) →
 * closed. Recovery is recorded on confirmed cases; comments and assignment until closed.
 * Each step checks the state, then stores the change and its event together.
 */
export type CaseAction =
  | { readonly kind: 'assign'; readonly assigneeId: number }
  | { readonly kind: 'comment'; readonly text: string }
  | ({ readonly kind: 'decide' } & DecisionBody)
  | { readonly kind: 'recover'; readonly amountRecoveredKzt: number }
  | { readonly kind: 'close' };

function refuse(c: Case, what: string): never {
  throw new BirtizimError('BZ_SERVER_CASE_STATE', { caseId: c.id, status: c.status, what });
}

export async function applyCaseAction(
  cases: CaseRepository,
  current: Case,
  userId: number,
  action: CaseAction,
): Promise<void> {
  if (current.status === 'closed' && action.kind !== 'comment') refuse(current, action.kind);
  let event: CaseEventInput;
  let set = '';
  let values: unknown[] = [];
  switch (action.kind) {
    case 'assign':
      event = { kind: 'assigned', assigneeId: action.assigneeId };
      set = 'assignee_id = $2';
      values = [action.assigneeId];
      break;
    case 'comment':
      event = { kind: 'commented', text: action.text };
      break;
    case 'decide': {
      if (current.status !== 'open') refuse(current, 'decide');
      if (action.decision === 'dismissed' && !action.reason) {
        throw new BirtizimError('BZ_SERVER_BAD_REQUEST', { detail: 'a dismissal needs a reason' });
      }
      const confirmed =
        action.decision === 'confirmed' ? (action.amountConfirmedKzt ?? current.amountKzt ?? 0) : null;
      event = {
        kind: 'decided',
        decision: action.decision,
        reason: action.reason ?? null,
        note: action.note ?? null,
        amountConfirmedKzt: confirmed,
      };
      set = 'status = $2, decision = $2, dismiss_reason = $3, amount_confirmed_kzt = $4';
      values = [action.decision, action.decision === 'dismissed' ? action.reason : null, confirmed];
      break;
    }
    case 'recover':
      if (current.status !== 'confirmed') refuse(current, 'record a recovery');
      event = { kind: 'recovered', amountKzt: action.amountRecoveredKzt };
      set = 'amount_recovered_kzt = COALESCE(amount_recovered_kzt, 0) + $2';
      values = [action.amountRecoveredKzt];
      break;
    case 'close':
      if (current.status === 'open') refuse(current, 'close before a decision');
      event = { kind: 'closed' };
      set = "status = 'closed'";
      break;
  }
  await cases.update(current.id, userId, event, set, values);
}
