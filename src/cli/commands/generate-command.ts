import type { Command } from 'commander';
import { BirtizimError } from '../../core/errors/birtizim-error';
import { generateCity } from '../../generate/generate-city';
import { progressBars } from '../progress-bars';
import { action } from '../run-command';

interface GenerateFlags {
  readonly persons: string;
  readonly seed: string;
  readonly out: string;
  readonly messy?: boolean;
  readonly asOf?: string;
}

export function registerGenerate(program: Command): void {
  program
    .command('generate')
    .description('Write a synthetic Almaty: registry extracts (snapshot/) and the planted truth (truth/)')
    .requiredOption('--persons <n>', 'number of persons')
    .requiredOption('--seed <s>', 'seed: the same seed and options give the same bytes')
    .requiredOption('--out <dir>', 'output folder')
    .option('--messy', 'write extracts as agencies do: cp1251, ";", DD.MM.YYYY, XLSX, malformed rows')
    .option('--as-of <date>', 'verification date YYYY-MM-DD (default: today)')
    .action(
      action(async (flags: GenerateFlags) => {
        const persons = Number(flags.persons);
        if (!/^\d+$/.test(flags.persons)) {
          throw new BirtizimError('BZ_GENERATE_INVALID_OPTION', {
            option: '--persons',
            detail: `${flags.persons} is not a number`,
          });
        }
        const bars = progressBars();
        try {
          const summary = await generateCity({
            persons,
            seed: flags.seed,
            outDir: flags.out,
            messy: flags.messy ?? false,
            ...(flags.asOf ? { asOf: flags.asOf } : {}),
            onProgress: bars.listener,
          });
          bars.stop();
          process.stdout.write(
            `wrote ${summary.persons} persons as of ${summary.asOf} to ${flags.out}: ` +
              `${summary.findings} truth findings, ${summary.links} rows to link, ${summary.quarantined} malformed rows\n`,
          );
        } finally {
          bars.stop();
        }
      }),
    );
}
