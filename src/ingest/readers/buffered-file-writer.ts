import { closeSync, openSync, writeSync } from 'node:fs';

/**
 * Appends bytes to a file through one large buffer: staging files get millions of small
 * writes (a line-number prefix and a record each), which must not become syscalls.
 */
export class BufferedFileWriter {
  private readonly fd: number;
  private buffer: Buffer;
  private used = 0;

  constructor(path: string, capacity = 4 << 20) {
    this.fd = openSync(path, 'w');
    this.buffer = Buffer.allocUnsafe(capacity);
  }

  private reserve(bytes: number): void {
    if (this.used + bytes <= this.buffer.length) return;
    this.flush();
    if (bytes > this.buffer.length) this.buffer = Buffer.allocUnsafe(bytes * 2);
  }

  writeBytes(source: Buffer, start: number, end: number): void {
    this.reserve(end - start);
    source.copy(this.buffer, this.used, start, end);
    this.used += end - start;
  }

  /** Write an ASCII/UTF-8 string. */
  writeText(text: string): void {
    this.reserve(Buffer.byteLength(text) + 0);
    this.used += this.buffer.write(text, this.used, 'utf8');
  }

  writeByte(byte: number): void {
    this.reserve(1);
    this.buffer[this.used++] = byte;
  }

  flush(): void {
    let offset = 0;
    while (offset < this.used) offset += writeSync(this.fd, this.buffer, offset, this.used - offset);
    this.used = 0;
  }

  close(): void {
    try {
      this.flush();
    } finally {
      closeSync(this.fd);
    }
  }
}
