/** A map from hashed term ids (0 .. size - 1) to values, with the `get`/`set` of a `Map`. */
export interface TermTable<T> {
  get(id: number): T | undefined;
  set(id: number, value: T): void;
  /** Forgets the value of `id`. */
  delete(id: number): void;
}

/**
 * Creates a term table backed by one array slot per id: a lookup is one memory access, where a `Map` with
 * millions of number keys costs a hash and two or three cache misses (posting lists are looked up for every
 * term of every article; bench/stories.bench.ts).
 */
export function createTermTable<T>(size: number): TermTable<T> {
  const slots = new Array<T | undefined>(size).fill(undefined);
  return {
    get: (id) => slots[id],
    set: (id, value) => {
      slots[id] = value;
    },
    delete: (id) => {
      slots[id] = undefined;
    },
  };
}
