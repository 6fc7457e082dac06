import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ALMATY_CITY_DISTRICTS } from '../core/districts';
import { BirtizimError } from '../core/errors/birtizim-error';
import { DEFAULT_PARAMETERS } from '../core/params';
import { silentProgress, type ProgressListener } from '../core/progress';
import { plantAnomalies, PLANTED_PERSONS_ESTIMATE } from './anomalies/plant-anomalies';
import { writeBackgroundHousehold } from './city/background-household';
import type { CityContext } from './city/city-context';
import { OrgRegistry } from './city/organisations';
import { PersonFactory } from './city/person-factory';
import { resetServiceIds } from './city/person-records';
import { writeOrganisations } from './city/write-organisations';
import { validateOptions, type GenerateOptions } from './generate-options';
import { writeReportedFigures } from './indicators/reported-figures';
import { CityWriter } from './output/city-writer';
import { Random } from './random';
import { addDays } from './dates';
import { positive } from './truth/truth-finding';
import { buildTimeline } from './timeline';
import { TruthWriter } from './truth/truth-writer';

export interface GenerateCityOptions extends GenerateOptions {
  readonly onProgress?: ProgressListener;
}

export interface GenerateSummary {
  readonly persons: number;
  readonly asOf: string;
  readonly files: Record<string, unknown>;
  readonly findings: number;
  readonly links: number;
  readonly quarantined: number;
}

/** Doctors per clinic: one per ~900 attached persons, at least two. */
function doctorsFor(personsPerClinic: number): number {
  return Math.max(2, Math.ceil(personsPerClinic / 900));
}

/**
 * `birtizim generate`: a synthetic Almaty written household by household (bounded memory:
 * only organisations, IIN serial counters and small indicator tables stay in memory),
 * then the planted anomalies, the organisations and the reported figures, and the truth.
 * Same seed and options → same bytes.
 */
export async function generateCity(options: GenerateCityOptions): Promise<GenerateSummary> {
  const { asOf } = validateOptions(options);
  const onProgress = options.onProgress ?? silentProgress;
  const messy = options.messy ?? false;
  const snapshotDir = join(options.outDir, 'snapshot');
  const truthDir = join(options.outDir, 'truth');
  try {
    rmSync(snapshotDir, { recursive: true, force: true });
    rmSync(truthDir, { recursive: true, force: true });
  } catch (cause) {
    throw new BirtizimError(
      'BZ_GENERATE_OUTPUT',
      { path: options.outDir, detail: (cause as Error).message },
      { cause },
    );
  }
  resetServiceIds();
  const random = new Random(`birtizim:${String(options.seed)}`);
  const timeline = buildTimeline(asOf);
  const params = DEFAULT_PARAMETERS;
  const truth = new TruthWriter(truthDir);
  const w = new CityWriter(snapshotDir, messy, random.fork('formats'), timeline, truth);
  const orgs = new OrgRegistry(random.fork('orgs'));
  orgs.populate(options.persons);
  for (const org of orgs.all) w.registerOrg(org);
  const caseCounters = new Map<string, number>();
  const ctx: CityContext = {
    w,
    params,
    timeline,
    random: random.fork('city'),
    factory: new PersonFactory(random.fork('persons'), timeline),
    orgs,
    nextCaseId: (q) => {
      const n = (caseCounters.get(q.label) ?? 0) + 1;
      caseCounters.set(q.label, n);
      return `ASP-${q.label}-${String(n).padStart(6, '0')}`;
    },
  };

  const target = Math.max(0, options.persons - PLANTED_PERSONS_ESTIMATE);
  let written = 0;
  const report = (): void => onProgress({ stage: 'generate:persons', done: written, total: options.persons });
  const perDistrict = options.persons / ALMATY_CITY_DISTRICTS.length;
  for (const clinic of orgs.all.filter((o) => o.kind === 'clinic')) {
    const perClinic = perDistrict / Math.max(1, orgs.list(clinic.district, 'clinic').length);
    for (let i = 0; i < doctorsFor(perClinic); i++) written += writeBackgroundHousehold(ctx, clinic);
  }
  let lastReported = 0;
  while (written < target) {
    written += writeBackgroundHousehold(ctx, null);
    if (written - lastReported >= 2000) {
      lastReported = written;
      report();
      await w.drain();
    }
  }
  const planted = plantAnomalies(ctx);
  written += planted.persons;
  report();
  await w.drain();

  writeOrganisations(w, orgs);
  w.indicators.closeScope();
  // HLT-03 is derived from the services written, planted or not (truth stays exact).
  for (const [doctor, offset] of w.doctorLoad.over(2 * params.doctor_load_norm)) {
    truth.finding(positive('HLT-03', `${doctor}/${addDays(asOf, -offset)}`));
  }
  writeReportedFigures(w, w.indicators, params, planted.reportOverrides, planted.reportNearMisses);
  await w.close();
  const files = w.manifestFiles();
  await truth.close({
    seed: options.seed,
    persons: options.persons,
    persons_written: written,
    as_of: asOf,
    messy,
    last_complete_quarter: timeline.previous.label,
    current_quarter: timeline.current.label,
    files,
  });
  onProgress({ stage: 'generate:done', done: written, total: options.persons });
  return {
    persons: written,
    asOf,
    files,
    findings: truth.findingList.length,
    links: truth.linkCount,
    quarantined: truth.quarantineCount,
  };
}
