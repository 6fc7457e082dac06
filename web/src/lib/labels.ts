import type { RuleFamily } from '../../../src/checks/rule';
import type { RegistryName } from '../../../src/registries/catalog';

export const RULE_FAMILIES = [
  'REG',
  'ASP',
  'OUT',
  'OSMS',
  'EDU',
  'HLT',
  'EMP',
  'BEN',
  'IND',
] as const satisfies readonly RuleFamily[];

export function isRuleFamily(value: string | null | undefined): value is RuleFamily {
  return !!value && (RULE_FAMILIES as readonly string[]).includes(value);
}

export const REGISTRY_NAMES_WEB = [
  'population',
  'organizations',
  'contributions',
  'osms_status',
  'employment',
  'asp_cases',
  'asp_members',
  'staff',
  'enrollment',
  'kindergarten_queue',
  'phc_attachment',
  'medical_services',
  'disability',
  'benefits',
  'reported',
] as const satisfies readonly RegistryName[];

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
