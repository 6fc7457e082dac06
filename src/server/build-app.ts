import { existsSync } from 'node:fs';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import type { RuleDefinition } from '../checks/rule';
import { loadRuleCatalog } from '../checks/rule-catalog';
import { BirtizimError } from '../core/errors/birtizim-error';
import type { Store } from '../store/open-store';
import { defaultPipeline, type SnapshotPipeline } from './imports/snapshot-pipeline';
import { importJobRunner } from './imports/import-job-runner';
import { installAuth } from './plugins/auth-plugin';
import { errorBody, installErrorHandler, requestLanguage } from './plugins/error-handler';
import { auditRoutes } from './routes/audit-routes';
import { authRoutes } from './routes/auth-routes';
import { casesRoutes } from './routes/cases-routes';
import { dashboardRoutes } from './routes/dashboard-routes';
import { exportsRoutes } from './routes/exports-routes';
import { findingsRoutes } from './routes/findings-routes';
import { healthRoutes } from './routes/health-routes';
import { importsRoutes } from './routes/imports-routes';
import { metaRoutes } from './routes/meta-routes';
import { outreachRoutes } from './routes/outreach-routes';
import { personsRoutes } from './routes/persons-routes';
import { usersRoutes } from './routes/users-routes';
import type { ServerContext } from './server-context';
import { syncSnapshots } from './snapshot-sync';
import type { WorkspaceAccess } from './workspace-access';

export interface BuildAppOptions {
  readonly store: Store;
  readonly workspace: WorkspaceAccess;
  /** Where import jobs stage their files (the serve data folder). */
  readonly dataDir: string;
  /** Built web app to serve (`web/dist`); skipped when absent. */
  readonly webDist?: string | null;
  readonly sessionTtlMs?: number;
  readonly loginAttemptsPerMinute?: number;
  readonly secureCookies?: boolean;
  readonly maxUploadBytes?: number;
  readonly pipeline?: SnapshotPipeline;
  /** Rules to explain findings with; defaults to the check catalog (src/checks/rules). */
  readonly rules?: readonly RuleDefinition[];
  readonly logger?: boolean;
  /** Called for every route registered (the scoping test walks them all). */
  readonly onRoute?: (route: RouteOptions) => void;
}

async function loadRules(options: BuildAppOptions): Promise<ReadonlyMap<string, RuleDefinition>> {
  let rules = options.rules;
  if (!rules) {
    try {
      rules = await loadRuleCatalog();
    } catch {
      // A broken rule file must not take the server down: findings then show the rule id only.
      rules = [];
    }
  }
  return new Map(rules.map((r) => [r.id, r]));
}

/** The whole HTTP API as a function of its stores: `listen` is the serve command's job, `inject` the tests'. */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false, trustProxy: false });
  if (options.onRoute) app.addHook('onRoute', options.onRoute);
  const context: ServerContext = {
    store: options.store,
    workspace: options.workspace,
    rules: await loadRules(options),
    imports: importJobRunner(
      options.store,
      options.workspace,
      options.pipeline ?? defaultPipeline,
      options.dataDir,
    ),
  };
  await options.store.importJobs.failInterrupted();
  await syncSnapshots(options.store, options.workspace);

  installErrorHandler(app);
  await app.register(cookie);
  installAuth(app, context);

  await app.register(healthRoutes(context));
  await app.register(
    authRoutes(context, {
      sessionTtlMs: options.sessionTtlMs ?? 8 * 60 * 60 * 1000,
      loginAttemptsPerMinute: options.loginAttemptsPerMinute ?? 10,
      secureCookies: options.secureCookies ?? false,
    }),
  );
  await app.register(usersRoutes(context));
  await app.register(metaRoutes(context));
  await app.register(findingsRoutes(context));
  await app.register(personsRoutes(context));
  await app.register(dashboardRoutes(context));
  await app.register(outreachRoutes(context));
  await app.register(casesRoutes(context));
  await app.register(auditRoutes(context));
  await app.register(exportsRoutes(context));
  await app.register(
    importsRoutes(context, {
      maxUploadBytes: options.maxUploadBytes ?? 2 * 1024 ** 3,
      dataDir: options.dataDir,
    }),
  );

  const webDist = options.webDist && existsSync(options.webDist) ? options.webDist : null;
  if (webDist) await app.register(fastifyStatic, { root: webDist, wildcard: false });
  app.setNotFoundHandler((request, reply) => {
    // The web app routes on the client: any non-API path gets index.html.
    if (webDist && request.method === 'GET' && !request.url.startsWith('/api/'))
      return reply.sendFile('index.html');
    const error = new BirtizimError('BZ_SERVER_NOT_FOUND', {
      what: `${request.method} ${request.url.split('?')[0]}`,
    });
    return reply.status(404).send(errorBody(error, requestLanguage(request)));
  });
  app.addHook('onClose', async () => {
    await context.imports.idle();
  });
  return app;
}
