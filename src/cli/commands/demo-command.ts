import type { Command } from 'commander';
import { BirtizimError } from '../../core/errors/birtizim-error';
import { action } from '../run-command';

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('(being built)')
    .allowUnknownOption()
    .action(
      action(async () => {
        throw new BirtizimError('BZ_NOT_IMPLEMENTED', { what: 'birtizim demo' });
      }),
    );
}
