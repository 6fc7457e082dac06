import type { RuleDefinition } from '../checks/rule';
import type { Store } from '../store/open-store';
import type { Session } from '../store/session-repository';
import type { User } from '../store/user-repository';
import type { Capability } from './access/access-policy';
import type { ImportJobRunner } from './imports/import-job-runner';
import type { WorkspaceAccess } from './workspace-access';

/** What every route plugin gets: the two databases, the rule catalog, the import runner. */
export interface ServerContext {
  readonly store: Store;
  readonly workspace: WorkspaceAccess;
  readonly rules: ReadonlyMap<string, RuleDefinition>;
  readonly imports: ImportJobRunner;
}

export interface AuthContext {
  readonly user: User;
  readonly session: Session;
  readonly token: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthContext | null;
  }
  interface FastifyContextConfig {
    /** The capability a route needs; routes without one are refused (deny by default). */
    access?: Capability;
  }
}
