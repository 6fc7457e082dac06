import type { Organisation } from './organisations';

/** What an adult of the background does for a living, decided when the household is built. */
export type Role =
  | {
      readonly kind: 'employee';
      readonly org: Organisation;
      readonly income: number;
      readonly position: StaffPosition | null;
    }
  | { readonly kind: 'unemployed' }
  | { readonly kind: 'asp_nonworking' }
  | { readonly kind: 'carer_under3' }
  | { readonly kind: 'uninsured' }
  | { readonly kind: 'self_employed' }
  | { readonly kind: 'pensioner' }
  | { readonly kind: 'child' };

export type StaffPosition = 'teacher' | 'educator' | 'doctor' | 'nurse';

export const POSITION_OF: Readonly<Record<string, StaffPosition>> = {
  school: 'teacher',
  kindergarten: 'educator',
  clinic: 'nurse',
};
