import { Type, type Static } from '@sinclair/typebox';

export const HealthResponseSchema = Type.Object({
  status: Type.Literal('ok'),
  store: Type.Union([Type.Literal('pglite'), Type.Literal('postgres')]),
  /** False until a snapshot has been verified into the workspace. */
  workspace: Type.Boolean(),
  latestRunId: Type.Union([Type.String(), Type.Null()]),
});
export type HealthResponse = Static<typeof HealthResponseSchema>;
