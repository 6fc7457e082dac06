import type { DismissReason } from '../../../../../src/server/schemas/cases-schemas';
import type { CaseStatus } from '../../../../../src/server/schemas/findings-schemas';

export const DISMISS_REASON_VALUES = [
  'data_error',
  'explained_by_documents',
  'duplicate',
  'legal_exception',
  'outside_mandate',
  'already_handled',
  'other',
] as const satisfies readonly DismissReason[];
type Exhaustive<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : never;
const _reasonsComplete: Exhaustive<DismissReason, (typeof DISMISS_REASON_VALUES)[number]> = true;

export const CASE_STATUS_VALUES = [
  'open',
  'confirmed',
  'dismissed',
  'closed',
] as const satisfies readonly CaseStatus[];
const _statusesComplete: Exhaustive<CaseStatus, (typeof CASE_STATUS_VALUES)[number]> = true;
void [_reasonsComplete, _statusesComplete];
