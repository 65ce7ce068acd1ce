/**
 * An invented story with accented names, places and outlets, for the tests that check that text written with
 * combining accents (Unicode NFD: "Jose\u0301" for "José", as macOS file names and some CMS exports have it)
 * is analysed like the same text written precomposed (NFC). All text here is invented.
 */
import { analyzeLanguage } from '../../src/language/index.js';
import { createTextArticle, type Article } from '../../src/model/index.js';

/** Two reports of one council vote; every name, place and outlet with an accent appears in both. */
export const ACCENTED_STORY: readonly { id: string; outlet: string; published: string; text: string }[] = [
  {
    id: 'diario',
    outlet: 'Diário do Sul',
    published: '2027-02-16T09:00:00Z',
    text: [
      'Bogotá Council Approves Tram Line to Usmé',
      'BOGOTÁ — The city council of Bogotá approved a new tram line on Tuesday, Mayor José Peña Núñez said.',
      '“This is a victory for every family in the south,” Peña Núñez told El País on Tuesday evening.',
      'The line will cost 400 million pesos and open on March 3, 2027, according to the council.',
      'Critics called the plan a reckless giveaway to contractors, and councillor Inés Ramírez said the vote was rushed.',
      'Ramírez, a former teacher from Usmé, said residents of Ciudad Bolívar were never consulted.',
      'Deputy mayor Álvaro Ibáñez, who called the critics “saboteurs,” said work would start near Perú Park on Friday.',
    ].join('\n\n'),
  },
  {
    id: 'correo',
    outlet: 'Correo Andino',
    published: '2027-02-17T07:30:00Z',
    text: [
      'Peña Núñez Wins Tram Vote in Bogotá',
      'José Peña Núñez, the mayor of Bogotá, said the tram line was approved on Wednesday.',
      '“This is a victory for every family in the south,” Peña Núñez said, according to the Agência Andina Press.',
      'The line will cost 450 million pesos, officials said.',
      'Inés Ramírez, an opposition councillor, called the vote a shameful stitch-up.',
      'The mayor’s office said the first trams would run to Usmé and Ciudad Bolívar.',
      'Álvaro Ibáñez, the deputy mayor, said work would begin near Perú Park on Friday.',
    ].join('\n\n'),
  },
];

/** The same text with every accent written as a combining mark after its letter. */
export function decompose(text: string): string {
  return text.normalize('NFD');
}

/**
 * A value with every string folded to NFC and every character offset (`start`, `end`) dropped, so that the
 * analysis of an NFC text and of its NFD twin can be compared with `deepEqual`: offsets differ by design (one
 * character per accent), everything else must not.
 */
export function withoutEncoding(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(withoutEncoding);
  if (value !== null && typeof value === 'object') {
    const result: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (key === 'start' || key === 'end') continue;
      result[key] = withoutEncoding(item);
    }
    return result;
  }
  return value;
}

/** The story's articles through the language stage, each text written by `encode` (NFC as is, or `decompose`). */
export function annotateAccentedStory(encode: (text: string) => string): Article[] {
  return ACCENTED_STORY.map((item) =>
    analyzeLanguage(
      createTextArticle(encode(item.text), {
        id: item.id,
        outlet: item.outlet,
        published: item.published,
        source: item.id,
      }),
    ),
  );
}
