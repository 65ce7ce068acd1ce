import type { Block } from './assemble-text.js';

/**
 * A block that is only a time of day, as a live blog stamps each entry: "18:10", "9:05 am", "2.20pm", "10:42 GMT",
 * "Updated 14:20" (the entry times that `residue-lines` then removes as 'timestamp').
 */
const CLOCK =
  /^(?:(?:last\s+)?(?:updated|posted|published|added)(?:\s+at)?:?\s+)?([01]?\d|2[0-3])[:.]([0-5]\d)\s*(am|pm|a\.m\.|p\.m\.)?(?:\s+\(?[a-z]{2,4}\)?)?$/i;

/** 3: fewer stamped entries are a page's times, not a feed of entries. */
const MIN_ENTRIES = 3;

/** Minutes after midnight of a clock block, or undefined when the block is no time of day. */
function minutesOf(block: Block): number | undefined {
  if (block.kind !== 'paragraph') return undefined;
  const match = CLOCK.exec(block.text.trim());
  if (match === null) return undefined;
  let hours = Number(match[1]);
  const half = match[3]?.toLowerCase().replace(/\./g, '');
  if (half !== undefined && hours > 12) return undefined;
  if (half === 'pm' && hours < 12) hours += 12;
  if (half === 'am' && hours === 12) hours = 0;
  return hours * 60 + Number(match[2]);
}

/**
 * The blocks of a live blog with its entries in time order. A live blog lists entries newest first, each under
 * its time ("18:10", then "11:30", then "08:00"); the clean text is read as a report, whose sentences come in the
 * order things happened (the summary orders by it), so entries stamped with strictly falling times are reversed:
 * each entry is its time block and what follows it up to the next time. Text above the first entry stays first.
 * Times that do not fall throughout (already in order, or across midnight) leave the blocks as they are.
 */
export function orderLiveEntries(blocks: readonly Block[]): Block[] {
  const starts: number[] = [];
  const minutes: number[] = [];
  blocks.forEach((block, index) => {
    const time = minutesOf(block);
    if (time === undefined) return;
    starts.push(index);
    minutes.push(time);
  });
  if (starts.length < MIN_ENTRIES) return [...blocks];
  if (!minutes.every((time, index) => index === 0 || time < (minutes[index - 1] as number)))
    return [...blocks];
  const entries = starts.map((start, index) => blocks.slice(start, starts[index + 1] ?? blocks.length));
  return [...blocks.slice(0, starts[0]), ...entries.reverse().flat()];
}
