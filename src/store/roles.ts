/**
 * The roles of Birtizim. Personal data (person cards, finding evidence, lists of IINs)
 * is for admin, analyst, district_officer (own districts only) and auditor (read-only);
 * a viewer sees aggregates only. Kept free of node imports: the web app reads it too.
 */
export const ROLES = ['admin', 'analyst', 'district_officer', 'auditor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
