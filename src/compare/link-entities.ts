import { composeKey, type Article, type Entity, type EntityType } from '../model/index.js';
import { isRoleWord } from '../language/index.js';
import { foldText } from './normalize-text.js';

/** One person or organisation across a story's articles. */
export interface LinkedEntity {
  /** Story-level key: the fullest folded name ("nicolas maduro"). */
  key: string;
  /** Display name: the fullest name as written, accented spelling preferred ("Nicolás Maduro"). */
  name: string;
  type: EntityType;
  /** The article entities it links: [article index, entity]. */
  members: { article: number; entity: Entity }[];
}

/** The story's entities linked across articles, and a lookup from (article index, entity id) to the link. */
export interface EntityLinks {
  entities: LinkedEntity[];
  lookup: (article: number, entityId: string | undefined) => LinkedEntity | undefined;
}

// Titles that may have stayed in a key when the language stage kept them ("president nicolas maduro").
const TITLES = new Set(
  (
    'mr mrs ms dr sir president vice prime minister secretary senator sen rep gov governor general gen ' +
    'envoy special king queen prince pope chancellor mayor judge justice the'
  ).split(' '),
);

/** Folded, title-free key of an entity; falls back to its name when `key` is empty. */
export function entityKey(entity: Entity): string {
  const base = foldText(entity.key !== '' ? entity.key : entity.name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((word) => word !== '' && !TITLES.has(word));
  return base.join(' ');
}

/**
 * A person's key with a title the language stage left glued on ("councillor ilse varga", "challenger ilse
 * varga") resolves to the story's key it ends with ("ilse varga"), when one or two role words are in front.
 * A given name in front stays: "lucia pena nunez" is not "pena nunez" with a title.
 */
function titleFree(key: string, keys: ReadonlySet<string> | undefined): string {
  const words = key.split(' ');
  for (let drop = 1; drop <= 2 && words.length - drop >= 2; drop++) {
    if (!isRoleWord(words[drop - 1] ?? '')) break;
    const rest = words.slice(drop).join(' ');
    if (keys?.has(rest) === true) return rest;
  }
  return key;
}

/** The words in front of the linked name in an entity's name as written ("Councillor" of "Councillor Ilse Varga"). */
export function gluedTitle(name: string, key: string): string | undefined {
  const written = name.trim().split(/\s+/);
  const keyWords = key.split(' ').length;
  const extra = written.length - keyWords;
  if (extra < 1 || extra > 2) return undefined;
  if (foldText(written.slice(extra).join(' ')).replace(/[^\p{L}\p{N} ]+/gu, '') !== key) return undefined;
  return written.slice(0, extra).join(' ');
}

/** A person's key without a "jr" or "sr" at its end ("aldous penhallow jr" -> "aldous penhallow"). */
function withoutGeneration(key: string): string {
  return key.replace(/ (?:jr|sr)$/, '');
}

/** The key without middle initials: "ana m ruiz" -> "ana ruiz". */
function withoutInitials(key: string): string {
  const words = key.split(' ');
  return words
    .filter((word, index) => word.length > 1 || index === 0 || index === words.length - 1)
    .join(' ');
}

/**
 * Resolves a person's key to the story's fullest key for the same person: "ana ruiz" to "ana m ruiz" (a middle
 * initial), "pena nunez" to "lucia pena nunez" (the two surnames), a glued-on title dropped, and a single word
 * to the one full name it ends with or whose first of two surnames it is ("ruiz", "pena"). A key that fits
 * two different full names stays apart rather than guess.
 */
function personNames(fullKeys: ReadonlySet<string>): (key: string) => string {
  const known = new Set([...fullKeys, ...[...fullKeys].map(withoutInitials)]);
  const untitled = (key: string): string => titleFree(key, known);
  const plain = new Set([...fullKeys].map((key) => withoutInitials(untitled(key))));
  // Each full key's name without initials and glued titles, and the fullest key written for that name.
  const nameOf = (key: string): string => {
    const bare = withoutInitials(untitled(key));
    const words = bare.split(' ');
    if (words.length !== 2) return bare;
    const longer = [...plain].filter((other) => other.split(' ').length >= 3 && other.endsWith(` ${bare}`));
    if (longer.length === 1) return longer[0] as string;
    if (longer.length > 1) return bare;
    // "Robert Quillan" for 'Robert "Bobby" Quillan': the given name and surname of the one three-word name.
    const around = [...plain].filter((other) => {
      const parts = other.split(' ');
      return parts.length === 3 && parts[0] === words[0] && parts[2] === words[1];
    });
    return around.length === 1 ? (around[0] as string) : bare;
  };
  const fullest = new Map<string, string>();
  for (const key of [...fullKeys].sort()) {
    const name = nameOf(key);
    const written = untitled(key);
    const before = fullest.get(name);
    if (before === undefined || written.length > before.length) fullest.set(name, written);
  }
  return (key) => {
    if (key.includes(' ')) return fullest.get(nameOf(key)) ?? key;
    const fits = [...fullest.keys()].filter((name) => {
      const words = name.split(' ');
      return (
        words[words.length - 1] === key ||
        (words.length >= 3 && key.length > 1 && words[words.length - 2] === key)
      );
    });
    return fits.length === 1 ? (fullest.get(fits[0] as string) ?? key) : key;
  };
}

function accentCount(text: string): number {
  return [...text].filter((char) => char.charCodeAt(0) > 127).length;
}

/**
 * Links persons and organisations across articles by their folded key, so "Nicolás Maduro", "Nicolas Maduro"
 * and a surname-only "Maduro" are one entity. A single-word key joins the one multi-word key of the same type
 * that ends with it (persons) or contains it (organisations); when several would fit, it stays apart rather
 * than guess. Places and others are linked by exact key only; a name one article leaves typed 'other' joins
 * the place or organisation of that key another article types.
 */
export function linkEntities(articles: readonly Article[]): EntityLinks {
  const byKey = new Map<string, LinkedEntity>();
  const entries: { article: number; entity: Entity; key: string }[] = [];
  articles.forEach((article, index) => {
    for (const entity of article.entities) {
      const key = entityKey(entity);
      if (key !== '') entries.push({ article: index, entity, key });
    }
  });
  // "Aldous Penhallow Jr." and "Aldous Penhallow": two men when one article names both, else one outlet wrote
  // the "Jr." and another left it off.
  const fathers = new Set<string>();
  for (const entry of entries) {
    const base = withoutGeneration(entry.key);
    if (
      entry.entity.type === 'person' &&
      base !== entry.key &&
      entries.some((other) => other.article === entry.article && other.key === base)
    )
      fathers.add(base);
  }
  for (const entry of entries) {
    const base = withoutGeneration(entry.key);
    if (entry.entity.type === 'person' && base !== entry.key && !fathers.has(base)) entry.key = base;
  }

  const fullKeys = new Map<EntityType, Set<string>>();
  for (const entry of entries) {
    if (!entry.key.includes(' ')) continue;
    let keys = fullKeys.get(entry.entity.type);
    if (keys === undefined) fullKeys.set(entry.entity.type, (keys = new Set()));
    keys.add(entry.key);
  }

  // Two glued titles on one name ("councillor ilse varga", "challenger ilse varga") leave no bare key to
  // resolve to: their shared two-word tail stands in for it.
  const personKeys = fullKeys.get('person');
  if (personKeys !== undefined) {
    const tails = new Map<string, Set<string>>();
    for (const key of personKeys) {
      const words = key.split(' ');
      if (words.length !== 3 || !isRoleWord(words[0] ?? '')) continue;
      const tail = words.slice(1).join(' ');
      let heads = tails.get(tail);
      if (heads === undefined) tails.set(tail, (heads = new Set()));
      heads.add(key);
    }
    for (const [tail, heads] of tails) if (heads.size >= 2) personKeys.add(tail);
  }

  const people = personNames(personKeys ?? new Set());
  const resolveKey = (key: string, type: EntityType): string => {
    if (type === 'person') return people(key);
    if (key.includes(' ') || type !== 'organization') return key;
    const fits = [...(fullKeys.get(type) ?? [])].filter((full) => full.split(' ').includes(key));
    return fits.length === 1 ? (fits[0] as string) : key;
  };

  // An outlet that names a place only in passing leaves it typed 'other' ("Halvik"); another that shows it
  // is a place ("HALVIK —") settles the type for both.
  const placeKeys = new Set(
    entries.filter((entry) => entry.entity.type === 'place').map((entry) => entry.key),
  );
  // So for an organisation: "Korvash fighters" in one article, "the militant group Korvash" in another.
  const organisationKeys = new Set(
    entries.filter((entry) => entry.entity.type === 'organization').map((entry) => entry.key),
  );
  const typeOf = (entry: (typeof entries)[number]): EntityType => {
    if (entry.entity.type !== 'other') return entry.entity.type;
    if (placeKeys.has(entry.key)) return 'place';
    return organisationKeys.has(entry.key) ? 'organization' : 'other';
  };
  const byMember = new Map<string, LinkedEntity>();
  for (const entry of entries) {
    const type = typeOf(entry);
    const key = resolveKey(entry.key, type);
    const mapKey = `${type}\u0000${key}`;
    let linked = byKey.get(mapKey);
    if (linked === undefined)
      byKey.set(mapKey, (linked = { key, name: entry.entity.name, type, members: [] }));
    linked.members.push({ article: entry.article, entity: entry.entity });
    // A name with a glued-on title ("Councillor Ilse Varga") is shown without it; in NFC, so that a name
    // written with combining marks ("Jose\u0301") weighs and shows like the same name precomposed.
    const glued = gluedTitle(entry.entity.name, key);
    const name = composeKey(
      glued === undefined ? entry.entity.name : entry.entity.name.trim().slice(glued.length).trim(),
    );
    if (
      linked.members.length === 1 ||
      name.length > linked.name.length ||
      (name.length === linked.name.length && accentCount(name) > accentCount(linked.name))
    ) {
      linked.name = name;
    }
    byMember.set(`${entry.article}\u0000${entry.entity.id}`, linked);
  }

  return {
    entities: [...byKey.values()],
    lookup: (article, entityId) =>
      entityId === undefined ? undefined : byMember.get(`${article}\u0000${entityId}`),
  };
}
