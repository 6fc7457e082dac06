import { Type, type Static } from '@sinclair/typebox';

export const DashboardQuerySchema = Type.Object({ runId: Type.Optional(Type.String()) });

export const FamilyTotalSchema = Type.Object({
  family: Type.String(),
  findings: Type.Integer(),
  amountKzt: Type.Number(),
});
export const DistrictTotalsSchema = Type.Object({
  district: Type.String(),
  findings: Type.Integer(),
  amountKzt: Type.Number(),
  byFamily: Type.Array(FamilyTotalSchema),
});
export const IndicatorRowSchema = Type.Object({
  runId: Type.String(),
  asOf: Type.Union([Type.String(), Type.Null()]),
  district: Type.String(),
  indicator: Type.String(),
  period: Type.Union([Type.String(), Type.Null()]),
  computed: Type.Union([Type.Number(), Type.Null()]),
  reported: Type.Union([Type.Number(), Type.Null()]),
  /** (reported - computed) / computed * 100; null without both values. */
  gapPct: Type.Union([Type.Number(), Type.Null()]),
});
export type IndicatorRow = Static<typeof IndicatorRowSchema>;
export const TrendPointSchema = Type.Object({
  runId: Type.String(),
  asOf: Type.Union([Type.String(), Type.Null()]),
  findings: Type.Integer(),
  amountKzt: Type.Number(),
});
/** The computed coverage figures of one district, from the `indicators` table. */
export const CoverageSchema = Type.Object({
  district: Type.String(),
  population: Type.Union([Type.Number(), Type.Null()]),
  osmsCoveragePct: Type.Union([Type.Number(), Type.Null()]),
  osmsUninsured: Type.Union([Type.Number(), Type.Null()]),
  noPhcVisit2y: Type.Union([Type.Number(), Type.Null()]),
  aspFamilies: Type.Union([Type.Number(), Type.Null()]),
});
export const DashboardSchema = Type.Object({
  runId: Type.Union([Type.String(), Type.Null()]),
  districts: Type.Array(DistrictTotalsSchema),
  indicators: Type.Array(IndicatorRowSchema),
  trends: Type.Array(TrendPointSchema),
  coverage: Type.Array(CoverageSchema),
});
export type Dashboard = Static<typeof DashboardSchema>;

export const IndicatorsQuerySchema = Type.Object({
  district: Type.Optional(Type.String()),
  indicator: Type.Optional(Type.String()),
  /** Omit for the history over every run. */
  runId: Type.Optional(Type.String()),
});
export type IndicatorsQuery = Static<typeof IndicatorsQuerySchema>;
export const IndicatorsResponseSchema = Type.Object({ items: Type.Array(IndicatorRowSchema) });
export type IndicatorsResponse = Static<typeof IndicatorsResponseSchema>;
