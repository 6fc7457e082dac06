import type { CityContext } from '../city/city-context';
import type { ReportOverride } from '../indicators/reported-figures';
import { plantAspAnomalies } from './asp-anomalies';
import { plantBenefitAnomalies } from './ben-anomalies';
import { plantEducationAnomalies } from './edu-anomalies';
import { plantEmploymentAnomalies } from './emp-anomalies';
import { plantHealthAnomalies } from './hlt-anomalies';
import { plantIndicatorAnomalies } from './ind-anomalies';
import { plantOsmsAnomalies } from './osms-anomalies';
import { plantOutreachAnomalies } from './out-anomalies';
import { PlantKit } from './plant-kit';
import { plantRegistryAnomalies } from './reg-anomalies';

/** Persons the plantings add (about); the background leaves room for them in --persons. */
export const PLANTED_PERSONS_ESTIMATE = 210;

export interface Planted {
  readonly persons: number;
  readonly reportOverrides: readonly ReportOverride[];
  readonly reportNearMisses: readonly { readonly rule: string; readonly subject: string }[];
}

/** Every rule family plants its positives and near-misses and writes their truth. */
export function plantAnomalies(ctx: CityContext): Planted {
  const kit = new PlantKit(ctx);
  plantRegistryAnomalies(kit);
  plantAspAnomalies(kit);
  plantOutreachAnomalies(kit);
  plantOsmsAnomalies(kit);
  plantEducationAnomalies(kit);
  plantHealthAnomalies(kit);
  plantEmploymentAnomalies(kit);
  plantBenefitAnomalies(kit);
  const ind = plantIndicatorAnomalies(kit);
  ctx.w.indicators.closeScope();
  return { persons: kit.persons, reportOverrides: ind.overrides, reportNearMisses: ind.nearMisses };
}
