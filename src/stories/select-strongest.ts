/**
 * Positions (0 .. length - 1) of the `count` entries with the largest `values`, strongest first; ties go to
 * the smaller key. The same order as sorting every entry by value descending, then key ascending, and keeping
 * the first `count`, without sorting the rest or allocating a pair per entry (this runs twice per article).
 */
export function selectStrongest(
  keys: ArrayLike<number>,
  values: ArrayLike<number>,
  length: number,
  count: number,
): number[] {
  const chosen: number[] = [];
  if (count <= 0) return chosen;
  const before = (a: number, b: number): boolean => {
    const valueA = values[a] as number;
    const valueB = values[b] as number;
    return valueA > valueB || (valueA === valueB && (keys[a] as number) < (keys[b] as number));
  };
  for (let position = 0; position < length; position++) {
    if (chosen.length === count && !before(position, chosen[count - 1] as number)) continue;
    let slot = chosen.length === count ? count - 1 : chosen.length;
    while (slot > 0 && before(position, chosen[slot - 1] as number)) {
      chosen[slot] = chosen[slot - 1] as number;
      slot--;
    }
    chosen[slot] = position;
  }
  return chosen;
}
