import type { FastifyInstance } from 'fastify';
import { BirtizimError } from '../../core/errors/birtizim-error';
import { userScope } from '../access/access-policy';
import { accessPurpose, recordAccess } from '../audit-trail';
import { authOf } from '../plugins/auth-plugin';
import { personFindings } from '../queries/person-findings-query';
import { personData, personDistricts, searchPersons } from '../queries/person-query';
import { resolveRun } from '../queries/runs-query';
import { ERROR_RESPONSES } from '../schemas/common-schemas';
import {
  IinParamsSchema,
  PersonCardSchema,
  PersonSearchQuerySchema,
  PersonSearchResponseSchema,
  type PersonCard,
  type PersonSearchResponse,
} from '../schemas/persons-schemas';
import type { ServerContext } from '../server-context';
import { withCases } from './findings-routes';

export function personsRoutes(context: ServerContext) {
  return async (app: FastifyInstance) => {
    app.get<{ Querystring: { q: string; limit: number } }>(
      '/api/persons',
      {
        config: { access: 'personal_data' },
        schema: {
          querystring: PersonSearchQuerySchema,
          response: { 200: PersonSearchResponseSchema, ...ERROR_RESPONSES },
        },
      },
      async (request): Promise<PersonSearchResponse> => {
        const purpose = accessPurpose(request);
        const items = await searchPersons(
          context.workspace,
          request.query.q,
          userScope(authOf(request).user),
          request.query.limit,
        );
        await recordAccess(
          context.store,
          request,
          'person.search',
          request.query.q,
          { returned: items.length },
          purpose,
        );
        return { items };
      },
    );

    app.get<{ Params: { iin: string } }>(
      '/api/persons/:iin',
      {
        config: { access: 'personal_data' },
        schema: { params: IinParamsSchema, response: { 200: PersonCardSchema, ...ERROR_RESPONSES } },
      },
      async (request): Promise<PersonCard> => {
        const purpose = accessPurpose(request);
        const { iin } = request.params;
        const scope = userScope(authOf(request).user);
        const districts = await personDistricts(context.workspace, iin);
        // Out of scope and unknown look the same: an officer learns nothing about other districts.
        if (districts.length === 0 && scope !== null)
          throw new BirtizimError('BZ_SERVER_NOT_FOUND', { what: `person ${iin}` });
        if (scope !== null && !districts.some((d) => scope.includes(d)))
          throw new BirtizimError('BZ_SERVER_NOT_FOUND', { what: `person ${iin}` });
        const data = await personData(context.workspace, iin);
        const run = await resolveRun(context.workspace);
        const findings = run
          ? await withCases(context, await personFindings(context.workspace, run, iin, scope))
          : [];
        if (!data.population && data.registries.every((r) => r.rows.length === 0) && findings.length === 0) {
          throw new BirtizimError('BZ_SERVER_NOT_FOUND', { what: `person ${iin}` });
        }
        await recordAccess(context.store, request, 'person.read', iin, {}, purpose);
        return {
          iin,
          district: data.district,
          population: data.population,
          registries: data.registries,
          findings,
        };
      },
    );
  };
}
