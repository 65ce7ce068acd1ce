/**
 * A live blog's host talking to its readers rather than telling the news: the greeting that opens the day
 * ("Good morning and welcome to our live coverage of ..."), the promise of more ("We'll bring you the latest as
 * it happens"), the sign-off ("That's all from us for today", "Thank you for following our coverage"). One
 * pattern per shape, each matching one whole sentence from its start (the caller anchors it at a sentence
 * start, not inside quotation marks). Kept as data, as the residue line rules are.
 */
export const LIVE_BLOG_TALK_PATTERNS: readonly RegExp[] = [
  // Greeting: "Good morning and welcome to our live coverage of ...", "Welcome back to the live blog".
  /^(?:(?:Good (?:morning|afternoon|evening)|Hello|Hi)(?:,? (?:everyone|all))?[,!.]?\s+(?:and\s+)?)?(?:[Ww]elcome|WELCOME)(?: back)? to (?:our|the|this)\b[^.!?]{0,80}?\b(?:live|rolling|continuing)\s+(?:coverage|blog|updates|reporting|page|text)\b[^.!?]{0,120}[.!?]/,
  // Not "Good morning!" alone: a newsletter's story opens so, and the extraction benchmark counts it as body.
  // The promise: "We'll bring you the latest as it happens", "We will keep you updated throughout the day".
  /^(?:We(?:'|’)ll|We will|We(?:'|’)re going to|Stay with us (?:as|and) we(?:'|’)ll)\s+(?:be\s+)?(?:bring(?:ing)? you|keep(?:ing)? you|post(?:ing)?|updat(?:e|ing))\b[^.!?]{0,100}?\b(?:the latest|updates?|updated|informed|as (?:it|they) happens?|developments)\b[^.!?]{0,80}(?:[.!?]|$)/,
  // "Follow the latest here.", "Follow our live updates below."
  /^(?:Follow|Get) (?:the|all the|our) (?:latest|live (?:updates|coverage))(?: (?:updates|news))?(?: (?:here|below|on this page|as (?:it|they) happens?))?(?:[.!]|$)/,
  // "Stay with us for the latest.", "Keep checking back for updates."
  /^(?:Stay with us|Keep (?:checking|refreshing) (?:back|this page))\b[^.!?]{0,80}(?:[.!?]|$)/,
  // The sign-off: "That's all from us for today", "We're pausing our live coverage", "Thanks for joining us".
  /^(?:That(?:'|’)s|That is) (?:all|it) (?:from us|for (?:today|now|tonight|this (?:morning|afternoon|evening))|from (?:the|our) live)\b[^.!?]{0,100}(?:[.!?]|$)/,
  /^(?:We(?:'|’)re|We are) (?:now )?(?:pausing|closing|ending|wrapping up) (?:our|this|the) (?:live )?(?:coverage|blog|updates?)\b[^.!?]{0,100}(?:[.!?]|$)/,
  /^Thanks?(?: you)? (?:very much )?for (?:joining|following|reading|being with) (?:us|our (?:live )?(?:coverage|blog|updates))\b[^.!?]{0,100}(?:[.!?]|$)/,
];
