/**
 * Reads a byte stream in pieces of known length or up to a delimiter, holding only what the caller asked for
 * plus one chunk of the stream: a WARC file of gigabytes goes through it record by record.
 */
export class ByteReader {
  private buffer: Buffer = Buffer.alloc(0);
  private ended = false;
  private readonly chunks: AsyncIterator<Uint8Array>;
  /**
   * Why the stream ended early (a damaged gzip member, a read error), if it did. The reader then acts as if the
   * stream had ended, so that what came before it is still given; the caller reports this once.
   */
  failure: unknown;

  constructor(stream: AsyncIterable<Uint8Array>) {
    this.chunks = stream[Symbol.asyncIterator]();
  }

  /** Adds the next chunk to the buffer; false at the end of the stream or on a stream error (see `failure`). */
  private async pull(): Promise<boolean> {
    if (this.ended) return false;
    let next: IteratorResult<Uint8Array>;
    try {
      next = await this.chunks.next();
    } catch (error) {
      this.failure = error;
      this.ended = true;
      return false;
    }
    if (next.done) {
      this.ended = true;
      return false;
    }
    const chunk = Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength);
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    return true;
  }

  /** The next `length` bytes without taking them; fewer at the end of the stream. */
  async peek(length: number): Promise<Buffer> {
    while (this.buffer.length < length && (await this.pull()));
    return this.buffer.subarray(0, length);
  }

  /** Takes bytes up to and including `delimiter` (returned without it); undefined if it is not in `maxBytes`. */
  async readUntil(delimiter: Buffer, maxBytes: number): Promise<Buffer | undefined> {
    let from = 0;
    for (;;) {
      const index = this.buffer.indexOf(delimiter, from);
      if (index >= 0 && index <= maxBytes) {
        const piece = this.buffer.subarray(0, index);
        this.buffer = this.buffer.subarray(index + delimiter.length);
        return piece;
      }
      if (this.buffer.length > maxBytes + delimiter.length) return undefined;
      from = Math.max(0, this.buffer.length - delimiter.length + 1);
      if (!(await this.pull())) return undefined;
    }
  }

  /**
   * Takes the next `length` bytes (fewer at the end of the stream). The pieces are joined once at the end:
   * joining chunk by chunk would copy a 20 MB record hundreds of times.
   */
  async read(length: number): Promise<Buffer> {
    const pieces: Buffer[] = [];
    let taken = 0;
    while (taken < length) {
      if (this.buffer.length === 0 && !(await this.pull())) break;
      const piece = this.buffer.subarray(0, length - taken);
      this.buffer = this.buffer.subarray(piece.length);
      pieces.push(piece);
      taken += piece.length;
    }
    return Buffer.concat(pieces, taken);
  }

  /** Drops the next `length` bytes without keeping them; returns how many there were (fewer at the end). */
  async skip(length: number): Promise<number> {
    let skipped = 0;
    while (skipped < length) {
      if (this.buffer.length === 0 && !(await this.pull())) break;
      const step = Math.min(this.buffer.length, length - skipped);
      this.buffer = this.buffer.subarray(step);
      skipped += step;
    }
    return skipped;
  }

  /** Drops bytes while `isSkipped` holds for them (e.g. blank lines between records). */
  async skipWhile(isSkipped: (byte: number) => boolean): Promise<void> {
    for (;;) {
      let index = 0;
      while (index < this.buffer.length && isSkipped(this.buffer[index] ?? 0)) index++;
      this.buffer = this.buffer.subarray(index);
      if (this.buffer.length > 0 || !(await this.pull())) return;
    }
  }

  /** Puts bytes back in front of the stream, to scan them again. */
  unread(bytes: Buffer): void {
    this.buffer = this.buffer.length === 0 ? bytes : Buffer.concat([bytes, this.buffer]);
  }

  /**
   * Drops bytes up to the next occurrence of `marker`, which stays in front; false if the stream ends first.
   * Keeps only the marker's length of bytes back between chunks.
   */
  async skipTo(marker: Buffer): Promise<boolean> {
    for (;;) {
      const index = this.buffer.indexOf(marker);
      if (index >= 0) {
        this.buffer = this.buffer.subarray(index);
        return true;
      }
      this.buffer = this.buffer.subarray(Math.max(0, this.buffer.length - marker.length + 1));
      if (!(await this.pull())) {
        this.buffer = Buffer.alloc(0);
        return false;
      }
    }
  }
}
