import { resolve } from 'node:path';
import type { Command } from 'commander';
import { BirtizimError } from '../../core/errors/birtizim-error';
import { openStore } from '../../store/open-store';
import { action } from '../run-command';

interface UserAddFlags {
  readonly login: string;
  readonly role: string;
  readonly district?: string[];
  readonly passwordStdin?: boolean;
  readonly data: string;
}

async function readStdinLine(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

export function registerUser(program: Command): void {
  const user = program.command('user').description('Manage users of the operational store');
  user
    .command('add')
    .description('Add a user (the first admin, or scripts); the password is read from stdin')
    .requiredOption('--login <login>', 'login')
    .requiredOption('--role <role>', 'admin | analyst | district_officer | auditor | viewer')
    .option('--district <code...>', 'district code(s) of a district officer, e.g. ALM-AUEZOV')
    .option('--password-stdin', 'read the password from the first line of stdin')
    .option(
      '--data <dir>',
      'data folder of the embedded store (stop `serve` first; DATABASE_URL selects a server)',
      './birtizim-data',
    )
    .action(
      action(async (flags: UserAddFlags) => {
        // Passwords never go on the command line, where `ps` and shell history would see them.
        if (!flags.passwordStdin)
          throw new BirtizimError('BZ_USAGE', { detail: 'give the password on stdin with --password-stdin' });
        const password = await readStdinLine();
        const store = await openStore({
          dataDir: resolve(flags.data),
          databaseUrl: process.env.DATABASE_URL,
        });
        try {
          const created = await store.users.create({
            login: flags.login,
            password,
            role: flags.role,
            districts: flags.district ?? [],
          });
          await store.audit.append({
            userId: null,
            login: 'cli',
            action: 'user.created',
            target: created.login,
            purpose: null,
            detail: { role: created.role, districts: created.districts },
          });
          process.stdout.write(
            `user ${created.login} (${created.role}${created.districts.length ? `: ${created.districts.join(', ')}` : ''}) added\n`,
          );
        } finally {
          await store.close();
        }
      }),
    );
}
