import { detect } from 'chardet';
import iconv from 'iconv-lite';
import type { RawInput } from '../model/index.js';
import { InputError } from '../model/index.js';
import { MAX_DETECT_BYTES } from './limits.js';

/** Options of `decodeBytes`. */
export interface DecodeBytesOptions {
  /** The HTTP `Content-Type` header, if the bytes came over HTTP (`text/html; charset=windows-1252`). */
  contentType?: string;
  /** Where the bytes came from, named in error messages. */
  source?: string;
}

/** The decoded text and how its encoding was found. */
export interface DecodedText {
  text: string;
  encoding: NonNullable<RawInput['encoding']>;
}

/** Share of control bytes above which input is taken as binary: text has almost none (tabs and newlines aside). */
const BINARY_CONTROL_RATIO = 0.1;

/**
 * Decodes raw bytes to a string, finding the charset from (in order) a BOM, the HTTP content type, a
 * `<meta charset>` or `http-equiv` declaration, then statistical detection; UTF-8 when nothing says otherwise.
 * A declared charset that the bytes contradict (invalid UTF-8 declared as UTF-8) falls back to detection.
 * Throws `InputError` (`empty-input`, `binary-input`) for input that is not text.
 * @example decodeBytes(readFileSync('page.html'), { source: 'page.html' }).text
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeBytesOptions = {}): DecodedText {
  const source = options.source ?? 'input';
  if (bytes.length === 0) {
    throw new InputError('empty-input', `\`${source}\`: expected text or HTML, got 0 bytes.`, {
      input: source,
      hint: 'Check that the file or response is not empty.',
    });
  }
  const bom = bomEncoding(bytes);
  if (bom) {
    return {
      text: decodeAs(bytes.subarray(bom.length), bom.name),
      encoding: { name: bom.name, source: 'bom' },
    };
  }
  const utf16 = sniffUtf16(bytes);
  if (utf16) return { text: decodeAs(bytes, utf16), encoding: { name: utf16, source: 'detected' } };
  if (isBinary(bytes)) {
    throw new InputError(
      'binary-input',
      `\`${source}\`: expected text or HTML, got binary data (NUL or control bytes).`,
      { input: source, hint: 'Pass HTML or plain text; images, PDFs and archives are not supported.' },
    );
  }
  const fromHttp = charsetFromContentType(options.contentType);
  if (fromHttp && iconv.encodingExists(fromHttp)) {
    const name = canonicalName(fromHttp);
    if (name !== 'utf-8' || isValidUtf8(bytes)) {
      return { text: decodeAs(bytes, name), encoding: { name, source: 'http' } };
    }
  }
  const fromMeta = charsetFromMeta(bytes);
  if (fromMeta && iconv.encodingExists(fromMeta)) {
    const name = canonicalName(fromMeta);
    // A page that declares UTF-16 in a meta tag but has no BOM was re-encoded on the way: the declaration lies.
    if (!name.startsWith('utf-16') && (name !== 'utf-8' || isValidUtf8(bytes))) {
      return { text: decodeAs(bytes, name), encoding: { name, source: 'meta' } };
    }
  }
  if (isValidUtf8(bytes)) {
    return {
      text: decodeAs(bytes, 'utf-8'),
      encoding: { name: 'utf-8', source: isAscii(bytes) ? 'default' : 'detected' },
    };
  }
  const detected = detect(bytes.subarray(0, MAX_DETECT_BYTES));
  let name = detected && iconv.encodingExists(detected) ? canonicalName(detected) : 'windows-1252';
  // ISO-8859-1 as detected is almost always windows-1252 in practice (curly quotes in 0x80-0x9F); WHATWG maps
  // the label the same way.
  if (name === 'iso-8859-1' || name === 'utf-8' || name.startsWith('utf-16') || name.startsWith('utf-32')) {
    name = 'windows-1252';
  }
  return { text: decodeAs(bytes, name), encoding: { name, source: 'detected' } };
}

function decodeAs(bytes: Uint8Array, name: string): string {
  if (name === 'utf-8') return new TextDecoder('utf-8').decode(bytes);
  return iconv.decode(bytes, name);
}

function bomEncoding(bytes: Uint8Array): { name: string; length: number } | undefined {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { name: 'utf-8', length: 3 };
  if (a === 0xff && b === 0xfe) return { name: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { name: 'utf-16be', length: 2 };
  return undefined;
}

/** WHATWG-style names, so that `latin1`, `ISO-8859-1` and `cp1252` all read the same downstream. */
function canonicalName(label: string): string {
  const lower = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  if (['utf8', 'utf-8', 'unicode-1-1-utf-8'].includes(lower)) return 'utf-8';
  if (
    ['latin1', 'iso-8859-1', 'iso8859-1', 'l1', 'us-ascii', 'ascii', 'cp1252', 'windows-1252'].includes(lower)
  ) {
    // WHATWG Encoding: these labels all decode as windows-1252.
    return 'windows-1252';
  }
  if (lower === 'utf-16' || lower === 'unicode') return 'utf-16le';
  return lower;
}

function charsetFromContentType(contentType: string | undefined): string | undefined {
  if (!contentType) return undefined;
  const match = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType);
  return match?.[1];
}

function charsetFromMeta(bytes: Uint8Array): string | undefined {
  // HTML spec "prescan": the declaration must sit in the first 1024 bytes; we look a little further for sloppy pages.
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const match =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return match?.[1];
}

/**
 * UTF-16 without a BOM: Latin text then has a NUL in every other byte. Needs 80% of one parity to be NUL and
 * almost none of the other, which binary formats (NULs in runs) do not show.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = bytes.subarray(0, Math.min(bytes.length, MAX_DETECT_BYTES) & ~1);
  if (sample.length < 8) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let index = 0; index < sample.length; index += 2) {
    if (sample[index] === 0) evenZero++;
    if (sample[index + 1] === 0) oddZero++;
  }
  const pairs = sample.length / 2;
  if (oddZero / pairs > 0.8 && evenZero / pairs < 0.05) return 'utf-16le';
  if (evenZero / pairs > 0.8 && oddZero / pairs < 0.05) return 'utf-16be';
  return undefined;
}

function isBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, MAX_DETECT_BYTES);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b)
      control++;
  }
  return control / sample.length > BINARY_CONTROL_RATIO;
}

function isAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte > 0x7f) return false;
  return true;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}
