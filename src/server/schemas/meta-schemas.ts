import { Type, type Static } from '@sinclair/typebox';
import { RoleSchema } from './common-schemas';
import { RuleInfoSchema } from './findings-schemas';

export const MetaSchema = Type.Object({
  districts: Type.Array(
    Type.Object({
      code: Type.String(),
      region: Type.String(),
      nameKk: Type.String(),
      nameRu: Type.String(),
      nameEn: Type.String(),
    }),
  ),
  rules: Type.Array(RuleInfoSchema),
  roles: Type.Array(RoleSchema),
  dismissReasons: Type.Array(Type.String()),
});
export type Meta = Static<typeof MetaSchema>;
