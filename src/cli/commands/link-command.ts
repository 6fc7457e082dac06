import type { Command } from 'commander';
import { BirtizimError } from '../../core/errors/birtizim-error';
import { loadParameters } from '../../core/params';
import { linkCsv } from '../../link/link-csv';
import { action } from '../run-command';

interface LinkFlags {
  readonly left: string;
  readonly right?: string;
  readonly map: string;
  readonly out: string;
  readonly threshold?: string;
  readonly params?: string;
}

/** `birtizim link`: parse arguments, run linkCsv, print what was written. */
export function registerLink(program: Command): void {
  program
    .command('link')
    .description('Deduplicate one CSV of person records, or link two, with a column mapping onto our fields')
    .requiredOption('--left <file>', 'CSV file (deduplicated alone, or the left side of a link)')
    .option('--right <file>', 'second CSV file to link with --left')
    .requiredOption(
      '--map <cols>',
      'field=column pairs, e.g. id=rec_id,first_name=given_name,last_name=surname,birth_date=date_of_birth; ' +
        'fields: id, iin, last_name, first_name, middle_name, full_name, birth_date, sex, address, postcode, place; ' +
        'any other name is compared as plain text',
    )
    .requiredOption('--out <dir>', 'folder for pairs.csv and clusters.csv')
    .option(
      '--threshold <p>',
      'match probability from which a pair is a match (default: link_accept_threshold)',
    )
    .option('--params <file>', 'parameters file overriding config/parameters.json')
    .action(
      action(async (flags: LinkFlags) => {
        const params = loadParameters(flags.params);
        const threshold =
          flags.threshold === undefined ? params.link_accept_threshold : Number(flags.threshold);
        if (!Number.isFinite(threshold))
          throw new BirtizimError('BZ_LINK_BAD_THRESHOLD', { value: flags.threshold });
        const summary = await linkCsv({
          left: flags.left,
          right: flags.right ?? null,
          map: flags.map,
          outDir: flags.out,
          threshold,
          reviewThreshold: Math.min(params.link_review_threshold, threshold),
        });
        process.stdout.write(
          `${summary.leftRecords}${flags.right ? ` x ${summary.rightRecords}` : ''} records, ` +
            `${summary.candidates} pairs compared, ${summary.matches} matches, ${summary.reviews} to review, ` +
            `${summary.clusters} clusters, ${summary.seconds.toFixed(1)} s -> ${flags.out}\n`,
        );
      }),
    );
}
