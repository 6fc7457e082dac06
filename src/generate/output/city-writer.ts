import { mkdirSync } from 'node:fs';
import { REGISTRY_NAMES, registrySpec, type RegistryName } from '../../registries/catalog';
import type { Person } from '../city/person';
import { IndicatorAccumulator } from '../indicators/indicator-accumulator';
import type { Random } from '../random';
import type { Timeline } from '../timeline';
import type { TruthWriter } from '../truth/truth-writer';
import { DoctorLoad } from './doctor-load';
import { CLEAN_FORMAT, MESSY_FORMATS, type FileFormat } from './file-format';
import { JunkPlanter } from './junk-planter';
import { LinkPlanter, type LinkMode } from './link-planter';
import { RegistryFile } from './registry-file';
import type { Row } from './value-format';

export interface OrgInfo {
  readonly bin: string;
  readonly district: string;
  readonly kind: string;
}

/**
 * The one door through which every row of the city goes: it writes the row to its
 * registry file, lets the link planter drop or mistype the IIN of a few, lets the junk
 * planter add malformed copies (messy), and lets the indicator accumulator and the
 * doctor-load counter see it, so that reported figures and derived truths match the files.
 */
export class CityWriter {
  private readonly files: ReadonlyMap<RegistryName, RegistryFile>;
  private readonly links: LinkPlanter;
  private readonly junk: JunkPlanter | null;
  readonly indicators: IndicatorAccumulator;
  readonly doctorLoad: DoctorLoad;
  private readonly orgs = new Map<string, OrgInfo>();

  constructor(
    snapshotDir: string,
    readonly messy: boolean,
    random: Random,
    readonly timeline: Timeline,
    readonly truth: TruthWriter,
  ) {
    mkdirSync(snapshotDir, { recursive: true });
    const files = new Map<RegistryName, RegistryFile>();
    for (const name of REGISTRY_NAMES) {
      const format: FileFormat = messy ? MESSY_FORMATS[name] : CLEAN_FORMAT;
      files.set(name, new RegistryFile(name, format, snapshotDir));
    }
    this.files = files;
    this.links = new LinkPlanter(random.fork('links'));
    // Forked whether messy or not, so that the clean and messy cities hold the same content.
    const junkRandom = random.fork('junk');
    this.junk = messy ? new JunkPlanter(junkRandom) : null;
    this.indicators = new IndicatorAccumulator(timeline.reportQuarters, (bin) => this.orgs.get(bin));
    this.doctorLoad = new DoctorLoad(timeline.asOf);
  }

  registerOrg(org: OrgInfo): void {
    this.orgs.set(org.bin, org);
  }

  /** Write a row; `person` is who the row is about (needed for links and indicators). */
  row(registry: RegistryName, row: Row, person?: Person, link: LinkMode = 'never'): number {
    const file = this.file(registry);
    this.indicators.observe(registry, row, person);
    if (registry === 'medical_services')
      this.doctorLoad.observe(String(row.doctor_iin), String(row.service_date));
    const planted = person ? this.links.plant(registry, row, person, link) : null;
    const line = file.write(planted ? planted.row : row);
    if (planted && person) this.truth.link(registry, line, person.iin, planted.variant);
    const junk = this.junk?.after(registry, row);
    if (junk) {
      const junkLine = file.write(junk.row, junk.overrides, junk.extraField);
      this.truth.quarantined(registry, file.fileName, junkLine, junk.column, junk.reason);
    }
    return line;
  }

  file(registry: RegistryName): RegistryFile {
    const file = this.files.get(registry);
    if (!file) throw new RangeError(`no file for ${registry}`);
    return file;
  }

  /** Give the streams a chance to drain; called between households. */
  async drain(): Promise<void> {
    for (const file of this.files.values()) if (file.needsFlush) await file.flush();
    await this.truth.flush();
  }

  async close(): Promise<void> {
    this.indicators.closeScope();
    for (const file of this.files.values()) await file.close();
  }

  manifestFiles(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [name, file] of this.files) {
      out[name] = {
        file: file.fileName,
        format: file.format.container,
        encoding: file.format.container === 'xlsx' ? null : file.format.encoding,
        delimiter: file.format.container === 'xlsx' ? null : file.format.delimiter,
        headers: file.format.headers,
        rows: file.rows,
        person_column: registrySpec(name).personColumn,
      };
    }
    return out;
  }
}
