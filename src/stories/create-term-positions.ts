/**
 * Positions of distinct term ids in one list, for membership tests while scanning another list. Cleared and
 * refilled per use; `find` is a probe into a few KB that stay in the CPU cache.
 */
export interface TermPositions {
  /** Forgets every id (O(1)). */
  clear(): void;
  /**
   * Records `id` at `position` unless it is already recorded; returns its earlier position, or -1 when it was
   * new (as `Map.set` keeps a key's first place).
   */
  insert(id: number, position: number): number;
  /** The position recorded for `id`, or -1. */
  find(id: number): number;
}

const INITIAL_BITS = 10;
const GOLDEN = 0x9e3779b1;

/**
 * Creates an empty open-addressing table of term ids (integers >= 0) to positions, grown on demand. Entries
 * of earlier uses are stale by stamp, so clearing costs nothing.
 * @example
 * const positions = createTermPositions();
 * positions.insert(42, 0); // -1: new
 * positions.find(42); // 0
 */
export function createTermPositions(): TermPositions {
  let bits = INITIAL_BITS;
  let keys = new Int32Array(1 << bits);
  let values = new Int32Array(1 << bits);
  let stamps = new Uint32Array(1 << bits);
  let stamp = 1;
  let count = 0;

  const place = (id: number, position: number): void => {
    const mask = (1 << bits) - 1;
    let slot = Math.imul(id, GOLDEN) >>> (32 - bits);
    while (stamps[slot] === stamp) slot = (slot + 1) & mask;
    stamps[slot] = stamp;
    keys[slot] = id;
    values[slot] = position;
  };

  const grow = (): void => {
    const oldKeys = keys;
    const oldValues = values;
    const oldStamps = stamps;
    bits++;
    keys = new Int32Array(1 << bits);
    values = new Int32Array(1 << bits);
    stamps = new Uint32Array(1 << bits);
    for (let slot = 0; slot < oldStamps.length; slot++) {
      if (oldStamps[slot] === stamp) place(oldKeys[slot] as number, oldValues[slot] as number);
    }
  };

  return {
    clear: () => {
      count = 0;
      stamp++;
      if (stamp === 0xffffffff) {
        stamps.fill(0);
        stamp = 1;
      }
    },
    insert: (id, position) => {
      const mask = (1 << bits) - 1;
      let slot = Math.imul(id, GOLDEN) >>> (32 - bits);
      while (stamps[slot] === stamp) {
        if (keys[slot] === id) return values[slot] as number;
        slot = (slot + 1) & mask;
      }
      // Keep the table at most half full: probes stay short.
      if ((count + 1) * 2 > 1 << bits) {
        grow();
        place(id, position);
      } else {
        stamps[slot] = stamp;
        keys[slot] = id;
        values[slot] = position;
      }
      count++;
      return -1;
    },
    find: (id) => {
      const mask = (1 << bits) - 1;
      let slot = Math.imul(id, GOLDEN) >>> (32 - bits);
      while (stamps[slot] === stamp) {
        if (keys[slot] === id) return values[slot] as number;
        slot = (slot + 1) & mask;
      }
      return -1;
    },
  };
}
