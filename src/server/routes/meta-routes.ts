import type { FastifyInstance } from 'fastify';
import { DISTRICTS } from '../../core/districts';
import { ROLES } from '../../store/roles';
import { ruleInfo } from '../rule-info';
import { DISMISS_REASONS } from '../schemas/cases-schemas';
import { ERROR_RESPONSES } from '../schemas/common-schemas';
import { MetaSchema, type Meta } from '../schemas/meta-schemas';
import type { ServerContext } from '../server-context';

export function metaRoutes(context: ServerContext) {
  return async (app: FastifyInstance) => {
    app.get(
      '/api/meta',
      { config: { access: 'session' }, schema: { response: { 200: MetaSchema, ...ERROR_RESPONSES } } },
      async (): Promise<Meta> => ({
        districts: DISTRICTS.map((d) => ({
          code: d.code,
          region: d.region,
          nameKk: d.nameKk,
          nameRu: d.nameRu,
          nameEn: d.nameEn,
        })),
        rules: [...context.rules.keys()].map((id) => ruleInfo(context.rules, id)),
        roles: [...ROLES],
        dismissReasons: [...DISMISS_REASONS],
      }),
    );
  };
}
