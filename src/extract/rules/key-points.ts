/**
 * The title of a list of the story's main points at its top: "Key points", "What we know so far", "Key facts:".
 * The list is the story in brief, not page furniture, however short its lines or chrome-like its markup.
 */
export const KEY_POINTS_TITLE =
  /^(?:the\s+)?(?:key (?:points|facts|takeaways|developments)|what we know(?: so far| now)?|what you need to know|at a glance|(?:story )?highlights|in brief|takeaways)\s*:?$/i;
