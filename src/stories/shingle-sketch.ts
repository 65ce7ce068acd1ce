/** A sampled set of word 5-shingle hashes: the near-duplicate signature of one text. */
export interface ShingleSketch {
  /** Hashes (uint32) of the shingles whose hash falls in the sample, ascending, distinct. */
  sketch: number[];
  /** Hash of the whole normalised word sequence. */
  fingerprint: number;
  words: number;
}

/** Shingle length in words: 5-grams rarely repeat between independently written reports, even on one event. */
const SHINGLE_WORDS = 5;
/**
 * Keep one shingle in four (by hash, so the same shingles are kept in every text: containment estimates stay
 * unbiased). A 400-word wire story keeps ~100 hashes.
 */
const SAMPLE_MASK = 3;
const ROLL_BASE = 0x01000193;

function mix(hash: number, value: number): number {
  let h = Math.imul(hash ^ value, 0x9e3779b1);
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca77);
  h ^= h >>> 13;
  return h >>> 0;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;

/* Classes of `FOLDED` entries below 3; an entry of 3 or more is 3 + the code unit to hash. */
const NOT_WORD = 1;
const MARK_IN_WORD = 2;

/**
 * For each UTF-16 code unit above ASCII, computed on first use (0 until then): not a word character, a
 * combining mark, or the unit to hash, lower case without its accent. A mark continues its word without being
 * hashed and a precomposed letter is hashed as its base letter, so "Bogotá" written precomposed (NFC) or with a
 * combining accent (NFD, "Bogota\u0301") gives one word hash. Surrogates stay non-word characters, as before.
 */
const FOLDED = new Uint32Array(0x10000);

function foldedUnit(code: number): number {
  let folded = FOLDED[code] as number;
  if (folded !== 0) return folded;
  const char = String.fromCharCode(code);
  if (code >= 0xd800 && code <= 0xdfff) folded = NOT_WORD;
  else if (MARK.test(char)) folded = MARK_IN_WORD;
  else if (!LETTER_OR_DIGIT.test(char)) folded = NOT_WORD;
  else folded = 3 + char.toLowerCase().normalize('NFD').charCodeAt(0);
  FOLDED[code] = folded;
  return folded;
}

/**
 * Scratch buffers reused across calls (word hashes, sampled shingle hashes): typed arrays keep the uint32
 * hashes unboxed, and reuse spares an allocation per text. Grown on demand; never shared across calls.
 */
let wordBuffer: Uint32Array = new Uint32Array(4096);
let keptBuffer: Uint32Array = new Uint32Array(1024);

function grow(buffer: Uint32Array, needed: number): Uint32Array {
  if (needed <= buffer.length) return buffer;
  const larger = new Uint32Array(Math.max(needed, buffer.length * 2));
  larger.set(buffer);
  return larger;
}

/**
 * FNV-1a hashes of the lower-cased words (runs of letters and digits) of a text, in one pass over its
 * characters, written to `wordBuffer`; returns how many.
 */
function wordHashes(text: string): number {
  // A text of n code units has at most n / 2 + 1 words.
  wordBuffer = grow(wordBuffer, (text.length >> 1) + 1);
  const hashes = wordBuffer;
  let count = 0;
  let hash = 0x811c9dc5;
  let inWord = false;
  for (let index = 0; index < text.length; index++) {
    let code = text.charCodeAt(index);
    let isWordChar: boolean;
    if (code < 128) {
      if (code >= 65 && code <= 90) {
        code += 32;
        isWordChar = true;
      } else isWordChar = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
    } else {
      const folded = foldedUnit(code);
      if (folded === MARK_IN_WORD) {
        if (inWord) continue;
        isWordChar = false;
      } else {
        isWordChar = folded !== NOT_WORD;
        code = folded - 3;
      }
    }
    if (isWordChar) {
      if (!inWord) {
        hash = 0x811c9dc5;
        inWord = true;
      }
      hash = Math.imul(hash ^ code, 0x01000193);
    } else if (inWord) {
      hashes[count++] = hash >>> 0;
      inWord = false;
    }
  }
  if (inWord) hashes[count++] = hash >>> 0;
  return count;
}

/** Computes the shingle sketch of a text (case, punctuation, spacing and accents ignored). */
export function shingleSketch(text: string): ShingleSketch {
  const words = wordHashes(text);
  const hashes = wordBuffer;
  let fingerprint = 0x12345678;
  for (let index = 0; index < words; index++) fingerprint = mix(fingerprint, hashes[index] as number);
  // Polynomial rolling hash over the word hashes, finished with an avalanche mix: O(1) per shingle.
  keptBuffer = grow(keptBuffer, words);
  const kept = keptBuffer;
  let keptCount = 0;
  let power = 1;
  for (let step = 1; step < SHINGLE_WORDS; step++) power = Math.imul(power, ROLL_BASE);
  let rolling = 0;
  for (let index = 0; index < words; index++) {
    if (index >= SHINGLE_WORDS)
      rolling = (rolling - Math.imul(hashes[index - SHINGLE_WORDS] as number, power)) | 0;
    rolling = (Math.imul(rolling, ROLL_BASE) + (hashes[index] as number)) | 0;
    if (index + 1 < SHINGLE_WORDS) continue;
    const hash = mix(0x9747b28c, rolling);
    if ((hash & SAMPLE_MASK) === 0) kept[keptCount++] = hash;
  }
  const sorted = kept.subarray(0, keptCount).sort();
  const sketch: number[] = [];
  for (let index = 0; index < keptCount; index++) {
    const hash = sorted[index] as number;
    if (index === 0 || hash !== sorted[index - 1]) sketch.push(hash);
  }
  return { sketch, fingerprint, words };
}

/** Overlap of two ascending sketches: shared count over the smaller and over the larger sketch. */
export function sketchOverlap(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
): { shared: number; containment: number; resemblance: number } {
  const shared = countSharedHashes(a, b, 0);
  const small = Math.min(a.length, b.length);
  const large = Math.max(a.length, b.length);
  return {
    shared,
    containment: small === 0 ? 0 : shared / small,
    resemblance: large === 0 ? 0 : shared / large,
  };
}

/**
 * The number of hashes two ascending sketches share, or -1 as soon as fewer than `needed` can still be shared:
 * most copy candidates share a few common phrases only, and are rejected after a part of the merge.
 */
export function countSharedHashes(a: ArrayLike<number>, b: ArrayLike<number>, needed: number): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (shared + Math.min(a.length - i, b.length - j) < needed) return -1;
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared < needed ? -1 : shared;
}
