/**
 * Child process of atomic-load.test.ts: loads a snapshot and, once the first registry is
 * loaded (its shadow table written and committed, not yet swapped in), announces it and
 * blocks so that the parent can kill it mid-load.
 */
import { loadSnapshot } from '../../src/ingest/load-snapshot';

const [snapshotDir, workspaceFile] = process.argv.slice(2);
if (!snapshotDir || !workspaceFile) throw new Error('usage: killable-load SNAPSHOT_DIR WORKSPACE_FILE');
let announced = false;
await loadSnapshot({
  snapshotDir,
  workspaceFile,
  onProgress(event) {
    // loadFile reports done 1 of 1 once the file's rows are in; staging reports bytes.
    if (event.stage === 'ingest:population' && event.done === 1 && event.total === 1 && !announced) {
      announced = true;
      process.stdout.write('MID-LOAD\n');
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
    }
  },
});
process.stdout.write('FINISHED\n');
