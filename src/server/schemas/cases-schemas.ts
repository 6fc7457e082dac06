import { Type, type Static } from '@sinclair/typebox';
import { CaseStatusSchema } from './findings-schemas';

export const DISMISS_REASONS = [
  'data_error',
  'explained_by_documents',
  'duplicate',
  'legal_exception',
  'outside_mandate',
  'already_handled',
  'other',
] as const;
export const DismissReasonSchema = Type.Union(DISMISS_REASONS.map((r) => Type.Literal(r)));
export type DismissReason = Static<typeof DismissReasonSchema>;

export const CaseSchema = Type.Object({
  id: Type.Integer(),
  findingId: Type.String(),
  ruleId: Type.String(),
  district: Type.Union([Type.String(), Type.Null()]),
  subjectId: Type.String(),
  period: Type.Union([Type.String(), Type.Null()]),
  amountKzt: Type.Union([Type.Number(), Type.Null()]),
  status: CaseStatusSchema,
  assigneeId: Type.Union([Type.Integer(), Type.Null()]),
  assigneeLogin: Type.Union([Type.String(), Type.Null()]),
  decision: Type.Union([Type.Literal('confirmed'), Type.Literal('dismissed'), Type.Null()]),
  dismissReason: Type.Union([DismissReasonSchema, Type.Null()]),
  amountConfirmedKzt: Type.Union([Type.Number(), Type.Null()]),
  amountRecoveredKzt: Type.Union([Type.Number(), Type.Null()]),
  openedAt: Type.String(),
  openedBy: Type.String(),
  /** The last verify run in which the finding was still reported; the case carries over while it persists. */
  lastSeenRunId: Type.Union([Type.String(), Type.Null()]),
});
export type Case = Static<typeof CaseSchema>;

/** Case history, one event per action; `kind` discriminates. */
export const CaseEventSchema = Type.Union([
  Type.Object({ kind: Type.Literal('opened'), at: Type.String(), by: Type.String() }),
  Type.Object({
    kind: Type.Literal('assigned'),
    at: Type.String(),
    by: Type.String(),
    assignee: Type.String(),
  }),
  Type.Object({ kind: Type.Literal('commented'), at: Type.String(), by: Type.String(), text: Type.String() }),
  Type.Object({
    kind: Type.Literal('decided'),
    at: Type.String(),
    by: Type.String(),
    decision: Type.Union([Type.Literal('confirmed'), Type.Literal('dismissed')]),
    reason: Type.Union([DismissReasonSchema, Type.Null()]),
    note: Type.Union([Type.String(), Type.Null()]),
    amountConfirmedKzt: Type.Union([Type.Number(), Type.Null()]),
  }),
  Type.Object({
    kind: Type.Literal('recovered'),
    at: Type.String(),
    by: Type.String(),
    amountKzt: Type.Number(),
  }),
  Type.Object({ kind: Type.Literal('closed'), at: Type.String(), by: Type.String() }),
]);
export type CaseEvent = Static<typeof CaseEventSchema>;

export const CaseDetailSchema = Type.Object({ case: CaseSchema, events: Type.Array(CaseEventSchema) });
export type CaseDetail = Static<typeof CaseDetailSchema>;

export const CaseParamsSchema = Type.Object({ caseId: Type.Integer({ minimum: 1 }) });
export const OpenCaseBodySchema = Type.Object({ findingId: Type.String({ pattern: '^[0-9a-f]{16}$' }) });
export const AssignBodySchema = Type.Object({ assigneeId: Type.Integer({ minimum: 1 }) });
export const CommentBodySchema = Type.Object({ text: Type.String({ minLength: 1, maxLength: 4000 }) });
export const DecisionBodySchema = Type.Object({
  decision: Type.Union([Type.Literal('confirmed'), Type.Literal('dismissed')]),
  /** Required when dismissed. */
  reason: Type.Optional(DismissReasonSchema),
  note: Type.Optional(Type.String({ maxLength: 4000 })),
  /** Defaults to the finding's amount when confirmed. */
  amountConfirmedKzt: Type.Optional(Type.Number({ minimum: 0 })),
});
export type DecisionBody = Static<typeof DecisionBodySchema>;
export const RecoveryBodySchema = Type.Object({ amountRecoveredKzt: Type.Number({ minimum: 0 }) });

export const CasesQuerySchema = Type.Object({
  status: Type.Optional(CaseStatusSchema),
  rule: Type.Optional(Type.String()),
  district: Type.Optional(Type.String()),
  assigneeId: Type.Optional(Type.Integer()),
  offset: Type.Integer({ minimum: 0, default: 0 }),
  limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
});
export type CasesQuery = Static<typeof CasesQuerySchema>;
export const CasesPageSchema = Type.Object({ total: Type.Integer(), items: Type.Array(CaseSchema) });
export type CasesPage = Static<typeof CasesPageSchema>;

export const RuleStatsSchema = Type.Object({
  ruleId: Type.String(),
  findings: Type.Integer(),
  reviewed: Type.Integer(),
  confirmed: Type.Integer(),
  dismissed: Type.Integer(),
  /** confirmed / reviewed; null before any decision. */
  hitRate: Type.Union([Type.Number(), Type.Null()]),
  amountConfirmedKzt: Type.Number(),
  amountRecoveredKzt: Type.Number(),
});
export type RuleStats = Static<typeof RuleStatsSchema>;
export const RuleStatsResponseSchema = Type.Object({
  runId: Type.Union([Type.String(), Type.Null()]),
  items: Type.Array(RuleStatsSchema),
});
export type RuleStatsResponse = Static<typeof RuleStatsResponseSchema>;

export const AssigneesResponseSchema = Type.Object({
  items: Type.Array(Type.Object({ id: Type.Integer(), login: Type.String(), role: Type.String() })),
});

/**
 * POST /api/cases/assign: open a case on each finding where none is open yet and assign them
 * all to one user. All or nothing: a finding outside the caller's districts (or unknown, or
 * resolved) makes the whole request a 404 before anything is written.
 */
export const BulkAssignBodySchema = Type.Object({
  findingIds: Type.Array(Type.String({ pattern: '^[0-9a-f]{16}$' }), {
    minItems: 1,
    maxItems: 500,
    uniqueItems: true,
  }),
  assigneeId: Type.Integer({ minimum: 1 }),
});
export type BulkAssignBody = Static<typeof BulkAssignBodySchema>;
export const BulkAssignResponseSchema = Type.Object({ items: Type.Array(CaseSchema) });
export type BulkAssignResponse = Static<typeof BulkAssignResponseSchema>;
