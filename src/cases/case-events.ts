import type { DismissReason } from '../server/schemas/cases-schemas';

/** What happened to a case, one event per action; stored as `kind` + JSON body. */
export type CaseEventInput =
  | { readonly kind: 'opened' }
  | { readonly kind: 'assigned'; readonly assigneeId: number }
  | { readonly kind: 'commented'; readonly text: string }
  | {
      readonly kind: 'decided';
      readonly decision: 'confirmed' | 'dismissed';
      readonly reason: DismissReason | null;
      readonly note: string | null;
      readonly amountConfirmedKzt: number | null;
    }
  | { readonly kind: 'recovered'; readonly amountKzt: number }
  | { readonly kind: 'closed' };
