import type { Command } from 'commander';
import { BirtizimError } from '../../core/errors/birtizim-error';
import { action } from '../run-command';

export function registerBench(program: Command): void {
  program
    .command('bench')
    .description('(being built)')
    .allowUnknownOption()
    .action(
      action(async () => {
        throw new BirtizimError('BZ_NOT_IMPLEMENTED', { what: 'birtizim bench' });
      }),
    );
}
