import { RULE_FAMILIES, type RuleFamily } from '../../../src/checks/rule';
import { REGISTRY_NAMES } from '../../../src/registries/catalog';

export { RULE_FAMILIES };

export function isRuleFamily(value: string | null | undefined): value is RuleFamily {
  return !!value && (RULE_FAMILIES as readonly string[]).includes(value);
}

/** The registries of the input contract, in its order (the person card's order). */
export const REGISTRY_NAMES_WEB = REGISTRY_NAMES;

export function isRegistryName(value: string): value is (typeof REGISTRY_NAMES_WEB)[number] {
  return (REGISTRY_NAMES_WEB as readonly string[]).includes(value);
}

/** The agency that keeps each registry: the person card groups registries by it. */
export const REGISTRY_AGENCY = {
  population: 'civilRegistry',
  organizations: 'revenue',
  contributions: 'pensionFund',
  osms_status: 'healthInsurance',
  employment: 'employment',
  asp_cases: 'social',
  asp_members: 'social',
  staff: 'education',
  enrollment: 'education',
  kindergarten_queue: 'education',
  phc_attachment: 'health',
  medical_services: 'health',
  disability: 'social',
  benefits: 'stateCorporation',
  reported: 'akimat',
} as const satisfies { readonly [R in (typeof REGISTRY_NAMES_WEB)[number]]: string };

export type Agency = (typeof REGISTRY_AGENCY)[keyof typeof REGISTRY_AGENCY];
