import type { Parameters } from '../../core/params';
import type { CityWriter } from '../output/city-writer';
import type { Random } from '../random';
import type { Timeline, Quarter } from '../timeline';
import type { OrgRegistry } from './organisations';
import type { PersonFactory } from './person-factory';

/** What the background and the anomaly modules share while a city is written. */
export interface CityContext {
  readonly w: CityWriter;
  readonly params: Parameters;
  readonly timeline: Timeline;
  readonly random: Random;
  readonly factory: PersonFactory;
  readonly orgs: OrgRegistry;
  nextCaseId(quarter: Quarter): string;
}

/** The district whose low insurance coverage is planted for IND-03. */
export const OUTLIER_DISTRICT = 'ALM-NAURYZBAY';
