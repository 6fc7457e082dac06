import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';

/** 2020-01-01 00:00 in MS-DOS date format (the zip entries' modification date). */
const DOS_DATE = ((2020 - 1980) << 9) | (1 << 5) | 1;

/**
 * Set the modification time of every entry of a zip file to a fixed date, in the
 * central directory and in each local header, so that the same seed gives the same
 * XLSX bytes (the streaming writer stamps some entries with the current time before
 * any option can reach them). Walks the central directory from the end record; only the
 * 4 time/date bytes of each header are rewritten, in place.
 */
export function fixZipEntryTimes(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    const size = fstatSync(fd).size;
    const tailLength = Math.min(size, 65_557);
    const tail = Buffer.alloc(tailLength);
    readSync(fd, tail, 0, tailLength, size - tailLength);
    const eocd = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (eocd < 0) return;
    const entries = tail.readUInt16LE(eocd + 10);
    const cdSize = tail.readUInt32LE(eocd + 12);
    const cdOffset = tail.readUInt32LE(eocd + 16);
    const cd = Buffer.alloc(cdSize);
    readSync(fd, cd, 0, cdSize, cdOffset);
    const stamp = Buffer.alloc(4);
    stamp.writeUInt16LE(0, 0);
    stamp.writeUInt16LE(DOS_DATE, 2);
    let at = 0;
    for (let i = 0; i < entries && cd.readUInt32LE(at) === 0x02014b50; i++) {
      stamp.copy(cd, at + 12);
      const localOffset = cd.readUInt32LE(at + 42);
      writeSync(fd, stamp, 0, 4, localOffset + 10);
      at += 46 + cd.readUInt16LE(at + 28) + cd.readUInt16LE(at + 30) + cd.readUInt16LE(at + 32);
    }
    writeSync(fd, cd, 0, cdSize, cdOffset);
  } finally {
    closeSync(fd);
  }
}
