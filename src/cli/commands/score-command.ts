import type { Command } from 'commander';
import { formatScore } from '../../score/format-score';
import { readFindings, readTruth } from '../../score/read-score-files';
import { scoreFindings } from '../../score/score-findings';
import { action } from '../run-command';

/** `birtizim score TRUTH FINDINGS`: per rule, how many planted anomalies verify found. Exit 0. */
export function registerScore(program: Command): void {
  program
    .command('score')
    .description("compare a verify findings.csv with the generator's truth/findings.csv, per rule")
    .argument('<truth>', "the generator's truth/findings.csv")
    .argument('<findings>', 'findings.csv written by verify')
    .option('--json', 'print the scores as JSON')
    .action(
      action(async (truthFile: string, findingsFile: string, options: { readonly json?: boolean }) => {
        const scores = scoreFindings(await readTruth(truthFile), await readFindings(findingsFile));
        process.stdout.write(
          options.json ? `${JSON.stringify(scores, null, 2)}\n` : `${formatScore(scores)}\n`,
        );
        return 0;
      }),
    );
}
