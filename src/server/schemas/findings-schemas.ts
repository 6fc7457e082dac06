import { Type, type Static } from '@sinclair/typebox';
import { LocalizedSchema } from './common-schemas';

export const FINDING_STATUSES = ['new', 'persisting', 'resolved'] as const;
export const FindingStatusSchema = Type.Union(FINDING_STATUSES.map((s) => Type.Literal(s)));
export type FindingStatus = Static<typeof FindingStatusSchema>;

export const SEVERITIES = ['low', 'medium', 'high'] as const;
export const SeveritySchema = Type.Union(SEVERITIES.map((s) => Type.Literal(s)));

export const CASE_STATUSES = ['open', 'confirmed', 'dismissed', 'closed'] as const;
export const CaseStatusSchema = Type.Union(CASE_STATUSES.map((s) => Type.Literal(s)));
export type CaseStatus = Static<typeof CaseStatusSchema>;

/** The findings list's case filter: `none` (no case yet) or a case status. */
export const CASE_STATE_FILTERS = ['none', ...CASE_STATUSES] as const;
export type CaseStateFilter = (typeof CASE_STATE_FILTERS)[number];
const CASE_STATE = `(${CASE_STATE_FILTERS.join('|')})`;

export const FINDING_SORTS = ['amount', 'rule', 'district', 'severity', 'subject', 'period'] as const;

/** Filters shared by the findings list and its export. */
export const FindingsFilterSchema = Type.Object({
  /** Defaults to the latest run. */
  runId: Type.Optional(Type.String()),
  rule: Type.Optional(Type.String({ description: 'rule id, e.g. ASP-01; several separated by commas' })),
  family: Type.Optional(Type.String({ description: 'rule family, e.g. ASP' })),
  district: Type.Optional(Type.String()),
  severity: Type.Optional(SeveritySchema),
  status: Type.Optional(FindingStatusSchema),
  caseStatus: Type.Optional(
    Type.String({
      pattern: `^${CASE_STATE}(,${CASE_STATE})*$`,
      description: `state of the finding's case: ${CASE_STATE_FILTERS.join(', ')}; several separated by commas`,
    }),
  ),
  minAmount: Type.Optional(Type.Number()),
  maxAmount: Type.Optional(Type.Number()),
  /** Subject id prefix (an IIN, case id, BIN ...). */
  subject: Type.Optional(Type.String({ maxLength: 40 })),
  sort: Type.Optional(Type.Union(FINDING_SORTS.map((s) => Type.Literal(s)))),
  order: Type.Optional(Type.Union([Type.Literal('asc'), Type.Literal('desc')])),
});
export type FindingsFilter = Static<typeof FindingsFilterSchema>;

export const FindingsQuerySchema = Type.Composite([
  FindingsFilterSchema,
  Type.Object({
    offset: Type.Integer({ minimum: 0, default: 0 }),
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
  }),
]);
export type FindingsQuery = Static<typeof FindingsQuerySchema>;

export const FindingSummarySchema = Type.Object({
  findingId: Type.String(),
  /** The run this row comes from: for `resolved` findings, the previous run. */
  runId: Type.String(),
  ruleId: Type.String(),
  ruleVersion: Type.Integer(),
  severity: Type.String(),
  district: Type.Union([Type.String(), Type.Null()]),
  subjectId: Type.String(),
  period: Type.Union([Type.String(), Type.Null()]),
  amountKzt: Type.Union([Type.Number(), Type.Null()]),
  linkedByName: Type.Boolean(),
  status: FindingStatusSchema,
  caseId: Type.Union([Type.Integer(), Type.Null()]),
  caseStatus: Type.Union([CaseStatusSchema, Type.Null()]),
});
export type FindingSummary = Static<typeof FindingSummarySchema>;

export const FindingsPageSchema = Type.Object({
  runId: Type.Union([Type.String(), Type.Null()]),
  total: Type.Integer(),
  totalAmountKzt: Type.Number(),
  offset: Type.Integer(),
  limit: Type.Integer(),
  items: Type.Array(FindingSummarySchema),
});
export type FindingsPage = Static<typeof FindingsPageSchema>;

/** What the rule says, from the check catalog; only `id` until the catalog is loaded. */
export const RuleInfoSchema = Type.Object({
  id: Type.String(),
  family: Type.Union([Type.String(), Type.Null()]),
  nature: Type.Union([Type.String(), Type.Null()]),
  title: Type.Union([LocalizedSchema, Type.Null()]),
  explanation: Type.Union([LocalizedSchema, Type.Null()]),
  amountRule: Type.Union([LocalizedSchema, Type.Null()]),
  subject: Type.Union([Type.String(), Type.Null()]),
});
export type RuleInfo = Static<typeof RuleInfoSchema>;

export const FindingDetailSchema = Type.Composite([
  FindingSummarySchema,
  Type.Object({
    evidence: Type.Unknown(),
    rule: RuleInfoSchema,
  }),
]);
export type FindingDetail = Static<typeof FindingDetailSchema>;

export const FindingParamsSchema = Type.Object({ findingId: Type.String({ pattern: '^[0-9a-f]{16}$' }) });
export const RunQuerySchema = Type.Object({ runId: Type.Optional(Type.String()) });

export const RunInfoSchema = Type.Object({
  runId: Type.String(),
  snapshotId: Type.Union([Type.String(), Type.Null()]),
  asOf: Type.Union([Type.String(), Type.Null()]),
  startedAt: Type.Union([Type.String(), Type.Null()]),
  previousRunId: Type.Union([Type.String(), Type.Null()]),
  findings: Type.Integer(),
  newCount: Type.Integer(),
  persistingCount: Type.Integer(),
  resolvedCount: Type.Integer(),
});
export type RunInfo = Static<typeof RunInfoSchema>;
export const RunsResponseSchema = Type.Object({ items: Type.Array(RunInfoSchema) });
export type RunsResponse = Static<typeof RunsResponseSchema>;
