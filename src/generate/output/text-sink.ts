import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import iconv from 'iconv-lite';

const FLUSH_CHARS = 1 << 17;

/**
 * A text file written line by line through a buffered stream: lines collect in memory
 * up to ~128 K characters, then go to the stream as one encoded chunk; when the stream's
 * buffer is full the generator waits for `drain` (backpressure), so memory stays bounded.
 */
export class TextSink {
  private readonly stream: WriteStream;
  private parts: string[] = [];
  private chars = 0;

  constructor(
    path: string,
    private readonly encoding: 'utf-8' | 'utf-8-bom' | 'windows-1251',
  ) {
    this.stream = createWriteStream(path);
    if (encoding === 'utf-8-bom') this.parts.push('\uFEFF');
  }

  push(text: string): void {
    this.parts.push(text);
    this.chars += text.length;
  }

  get pending(): boolean {
    return this.chars >= FLUSH_CHARS;
  }

  async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    const text = this.parts.join('');
    this.parts = [];
    this.chars = 0;
    const bytes =
      this.encoding === 'windows-1251' ? iconv.encode(text, 'win1251') : Buffer.from(text, 'utf8');
    if (!this.stream.write(bytes)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    await this.flush();
    await new Promise<void>((resolve, reject) => {
      this.stream.once('error', reject);
      this.stream.end(() => resolve());
    });
  }
}
