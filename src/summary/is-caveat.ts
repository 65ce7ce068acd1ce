import { findQuotedRegions } from './find-quoted-regions.js';

/**
 * A negated verb of showing or knowing: what a study or an inquiry cannot tell ("cannot show that", "do not prove
 * cause and effect", "could not confirm", "did not say how many"). A general list written for this stage.
 */
const NOT_SHOWN =
  /\b(?:cannot|can ?not|can['’]t|could not|couldn['’]t|does not|doesn['’]t|do not|don['’]t|did not|didn['’]t|is unable to|are unable to|was unable to|were unable to|has not|have not|had not)\s+(?:yet\s+|fully\s+|directly\s+|necessarily\s+)?(?:been\s+)?(?:show|shown|prove|proven|proved|establish|established|determine|determined|confirm|confirmed|demonstrate|demonstrated|rule out|ruled out|say|said|explain|explained|mean|tell)\b/iu;
/** What is not known yet: "It was not immediately clear ...", "remains unclear", "remains to be seen". */
const UNKNOWN =
  /\b(?:(?:is|was|are|were|remains?|remained)\s+(?:still\s+)?(?:not\s+(?:yet\s+)?(?:immediately\s+)?(?:clear|known)|unclear|unknown)|remains? to be seen|(?:it is|it's|it was)\s+too (?:early|soon) to)\b/iu;
/** A call for more study: "More research is needed", "further studies are required". */
const MORE_RESEARCH =
  /\b(?:more|further|larger|additional)\s+(?:research|studies|study|trials|work|data|evidence)\s+(?:is|are|was|were|will be|would be)\s+(?:still\s+)?(?:needed|required|necessary)\b/iu;

/** A concessive clause before the main clause, closed by a comma. */
const LEADING_CONCESSION = /^\s*(?:Although|Though|While|Whilst|Even though|Even if)\s[^,]+,\s*/u;
/** Where a concession or contrast after the main clause opens. */
const TRAILING_CONCESSION = /[,;]\s+(?:though|although|but|while|whilst|even though|even as|even if|yet)\s/iu;

/**
 * True when a sentence, in the writer's own words (quotations left out), states a caveat rather than a finding or
 * an event: a limitation ("The study cannot show that marlinate causes cancer"), an unknown ("It was not
 * immediately clear what caused the fire") or a call for more research. Such a sentence qualifies the news; a
 * headline leads with the news itself.
 */
export function isCaveat(sentence: string): boolean {
  let own = sentence;
  for (const region of findQuotedRegions(sentence).reverse())
    own = own.slice(0, region.start) + ' '.repeat(region.end - region.start) + own.slice(region.end);
  // A concession beside the main clause ("..., though this doesn't mean ...", "Although it cannot prove X, it
  // found Y") qualifies a statement that is news: only the main clause counts.
  const main = own.replace(LEADING_CONCESSION, '').split(TRAILING_CONCESSION)[0] ?? own;
  return NOT_SHOWN.test(main) || UNKNOWN.test(main) || MORE_RESEARCH.test(main);
}
