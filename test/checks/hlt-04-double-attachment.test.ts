import { describe, expect, it } from 'vitest';
import { rule } from '../../src/checks/rules/hlt-04-double-attachment';
import { composeBin, composeIin } from '../../src/core/iin';
import { runRuleOn, type TinyRow } from './harness';

const AS_OF = '2026-10-15';
const C1 = composeBin(2005, 3, 4, 1);
const C2 = composeBin(2006, 3, 4, 2);
const DOUBLE = composeIin('1980-01-01', 'M', 1);
const MOVED = composeIin('1981-01-01', 'F', 2);

const att = (iin: string, clinic: string, since: string, detached: string | null = null): TinyRow => ({
  iin,
  clinic_bin: clinic,
  attached_since: since,
  detached_on: detached,
});

describe('HLT-04 double attachment', () => {
  it('fires for two attachments active at as_of, not for a change of clinic', async () => {
    const findings = await runRuleOn(
      rule,
      {
        phc_attachment: [
          att(DOUBLE, C1, '2015-01-01'),
          att(DOUBLE, C2, '2026-10-15'), // starts on as_of: active
          att(MOVED, C1, '2015-01-01', '2026-10-14'),
          att(MOVED, C2, '2026-10-14'),
        ],
      },
      { asOf: AS_OF },
    );
    expect(findings.map((f) => f.subject_id)).toEqual([DOUBLE]);
    expect(findings[0]?.evidence.active_attachments).toBe(2);
    expect(findings[0]?.amount_kzt).toBeNull();
  });
});
