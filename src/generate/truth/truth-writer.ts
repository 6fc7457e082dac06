import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { QuarantineReason } from '../../ingest/quarantine-reasons';
import { plainMoney } from '../output/value-format';
import { TextSink } from '../output/text-sink';
import type { TruthFinding } from './truth-finding';

export type LinkVariant = 'no_iin' | 'typo_iin';

function csvField(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The answer key, kept out of the snapshot (`DIR/truth/`). Links and quarantine rows
 * stream to disk (there can be many at city scale); findings are few and are sorted and
 * de-duplicated before writing so that the file is stable.
 */
export class TruthWriter {
  private readonly findings = new Map<string, TruthFinding>();
  private readonly links: TextSink;
  private readonly quarantine: TextSink;
  linkCount = 0;
  quarantineCount = 0;

  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
    this.links = new TextSink(join(dir, 'links.csv'), 'utf-8');
    this.links.push('registry,line,true_iin,variant\n');
    this.quarantine = new TextSink(join(dir, 'quarantine.csv'), 'utf-8');
    this.quarantine.push('registry,file,line,column,reason\n');
  }

  finding(f: TruthFinding): void {
    const key = `${f.ruleId}|${f.subjectId}|${f.period}`;
    const existing = this.findings.get(key);
    // A positive always wins over a near-miss of the same subject and period.
    if (existing?.expect === 'positive' && f.expect === 'near_miss') return;
    this.findings.set(key, f);
  }

  hasPositive(ruleId: string, subjectId: string, period = ''): boolean {
    return this.findings.get(`${ruleId}|${subjectId}|${period}`)?.expect === 'positive';
  }

  link(registry: string, line: number, trueIin: string, variant: LinkVariant): void {
    this.links.push(`${registry},${line},${trueIin},${variant}\n`);
    this.linkCount++;
  }

  /**
   * A planted malformed row, with the reason text ingest writes for it
   * (src/ingest/quarantine-reasons.ts), so that truth/quarantine.csv and a verify run's
   * quarantine.csv compare equal on registry, line, column and reason.
   */
  quarantined(registry: string, file: string, line: number, column: string, reason: QuarantineReason): void {
    this.quarantine.push(`${registry},${file},${line},${csvField(column)},${csvField(reason)}\n`);
    this.quarantineCount++;
  }

  async flush(): Promise<void> {
    if (this.links.pending) await this.links.flush();
    if (this.quarantine.pending) await this.quarantine.flush();
  }

  async close(manifest: unknown): Promise<void> {
    const key = (f: TruthFinding): string => `${f.ruleId}|${f.subjectId}|${f.period}`;
    const rows = [...this.findings.values()].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    const lines = ['rule_id,subject_id,period,amount_kzt,expect'];
    for (const f of rows) {
      const amount = f.amountKzt === null ? '' : plainMoney(f.amountKzt);
      lines.push([f.ruleId, csvField(f.subjectId), f.period, amount, f.expect].join(','));
    }
    writeFileSync(join(this.dir, 'findings.csv'), `${lines.join('\n')}\n`);
    await this.links.close();
    await this.quarantine.close();
    writeFileSync(join(this.dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  }

  get findingList(): readonly TruthFinding[] {
    return [...this.findings.values()];
  }
}
