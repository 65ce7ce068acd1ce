/**
 * `offset`, moved back one code unit when it falls between the two halves of a surrogate pair in `text`, so a
 * cut or span edge there never leaves half a character (an emoji, a CJK extension ideograph, a math letter) on
 * either side. Offsets elsewhere come back unchanged.
 *
 * @example
 * floorCodePoint('a😀', 2); // 1: offset 2 is inside the emoji
 */
export function floorCodePoint(text: string, offset: number): number {
  if (offset <= 0 || offset >= text.length) return offset;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff ? offset - 1 : offset;
}
