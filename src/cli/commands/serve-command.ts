import type { Command } from 'commander';
import { BirtizimError } from '../../core/errors/birtizim-error';
import { openServerResources, type ServerResources } from '../../server/server-resources';
import { action } from '../run-command';

export interface ServeFlags {
  readonly port: string;
  readonly host: string;
  readonly data: string;
}

/** Listen until SIGINT/SIGTERM, then close the app, the workspace and the store in order. */
export async function listenUntilStopped(resources: ServerResources, flags: ServeFlags): Promise<string> {
  const port = Number(flags.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new BirtizimError('BZ_USAGE', { detail: `--port ${flags.port}` });
  const address = await resources.app.listen({ port, host: flags.host });
  const stop = async (): Promise<void> => {
    await resources.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  return address.replace('127.0.0.1', 'localhost');
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Serve the API and the web app over the workspace and the operational store of DIR')
    .option('--port <p>', 'port', '8080')
    .option('--host <h>', 'address to listen on', '127.0.0.1')
    .option(
      '--data <dir>',
      'data folder: workspace.duckdb and the embedded store (DATABASE_URL selects a server)',
      './birtizim-data',
    )
    .action(
      action(async (flags: ServeFlags) => {
        const resources = await openServerResources({
          dataDir: flags.data,
          databaseUrl: process.env.DATABASE_URL,
        });
        const url = await listenUntilStopped(resources, flags);
        process.stdout.write(
          `birtizim serving ${url} (data: ${flags.data}, store: ${resources.store.sql.backend})\n`,
        );
        await new Promise(() => undefined);
      }),
    );
}
