import type { ArticleFeatures } from './extract-features.js';

/**
 * One article's features in a few objects instead of several hundred: term keys joined into one string, weights
 * and sketch in typed arrays. The story index keeps the latest 10,000 articles' features for the store; as
 * `ArticleFeatures` each kept article held ~120 term pairs, their key strings and boxed weights, and copying
 * those through the young generation was a large share of garbage-collection time (bench/stories.bench.ts).
 */
export type PackedFeatures =
  | {
      id: string;
      /** Term keys joined by `KEY_SEPARATOR`. */
      keys: string;
      weights: Float64Array;
      sketch: Uint32Array;
      fingerprint: number;
      words: number;
      published: string | undefined;
      days: number[] | undefined;
      outlet: string | undefined;
    }
  | { id: string; whole: ArticleFeatures };

const KEY_SEPARATOR = '\u0000';

/**
 * Packs features for keeping. `sketch` may pass the sketch already copied to a `Uint32Array` (shared, never
 * written). Features that would not unpack to an identical object (a key holding the separator, a property
 * `extractFeatures` does not set, a property order it does not use) are kept whole.
 * @example
 * unpackFeatures(packFeatures(features)); // deep-equal to features, same JSON
 */
export function packFeatures(features: ArticleFeatures, sketch?: Uint32Array): PackedFeatures {
  const whole = { id: features.id, whole: features };
  const names = Object.keys(features);
  const expected = ['version', 'id', 'terms', 'sketch', 'fingerprint', 'words'];
  if (features.published !== undefined) expected.push('published');
  if (features.days !== undefined) expected.push('days');
  if (features.outlet !== undefined) expected.push('outlet');
  if (names.length !== expected.length || names.some((name, index) => name !== expected[index])) return whole;
  if (features.version !== 1) return whole;
  const weights = new Float64Array(features.terms.length);
  const keys: string[] = [];
  for (const [index, [key, weight]] of features.terms.entries()) {
    if (key.includes(KEY_SEPARATOR)) return whole;
    keys.push(key);
    weights[index] = weight;
  }
  return {
    id: features.id,
    keys: keys.join(KEY_SEPARATOR),
    weights,
    sketch: sketch ?? Uint32Array.from(features.sketch),
    fingerprint: features.fingerprint,
    words: features.words,
    published: features.published,
    days: features.days,
    outlet: features.outlet,
  };
}

/** The features `packFeatures` was given: a new object, equal to them property for property and in order. */
export function unpackFeatures(packed: PackedFeatures): ArticleFeatures {
  if ('whole' in packed) return packed.whole;
  const keys = packed.keys === '' && packed.weights.length === 0 ? [] : packed.keys.split(KEY_SEPARATOR);
  const terms = keys.map((key, index): [string, number] => [key, packed.weights[index] as number]);
  const features: ArticleFeatures = {
    version: 1,
    id: packed.id,
    terms,
    sketch: Array.from(packed.sketch),
    fingerprint: packed.fingerprint,
    words: packed.words,
  };
  if (packed.published !== undefined) features.published = packed.published;
  if (packed.days !== undefined) features.days = [...packed.days];
  if (packed.outlet !== undefined) features.outlet = packed.outlet;
  return features;
}
