/**
 * Child process of atomic-load.test.ts: loads a snapshot and, once the second registry
 * starts (the transaction open, the first table already replaced), announces it and
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
    if (event.stage === 'ingest:contributions' && !announced) {
      announced = true;
      process.stdout.write('MID-LOAD\n');
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
    }
  },
});
process.stdout.write('FINISHED\n');
