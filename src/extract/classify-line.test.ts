import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyLine } from './classify-line.js';

test('classifies the common residue shapes', () => {
  const cases: [string, string][] = [
    ['Be the first to comment', 'comment-prompt'],
    ['12 Comments', 'comment-prompt'],
    ['gullwatcher says:', 'comment-prompt'],
    ['Tell us what YOU think...', 'comment-prompt'],
    ['Sign up for the Morning Brief newsletter', 'newsletter'],
    ['There is more where that came from. Sign up today to get our newsletter in your inbox.', 'newsletter'],
    ['Follow Ada Lune on Twitter at @adalune, or email her at ada@harbour-times.example.', 'author-promo'],
    ['Have a tip? Ada Lune may be reached at ada@harbour-times.example.', 'author-promo'],
    ['Do you have a story? Email news@kestrel-mirror.example', 'author-promo'],
    ['Got a story or picture? Contact the newsroom on 0161 555 0182.', 'author-promo'],
    ['Have you got a news story for us? Get in touch at tips@harbour-times.example.', 'author-promo'],
    ['Comments are open on this story. Please stay on topic.', 'comment-prompt'],
    [
      'Ada Lune covers courts for the Harbour Times. Follow her on X at @adalune or email her at ada@harbour-times.example.',
      'author-promo',
    ],
    ['Share this article', 'share'],
    ["This article was amended on 14 October to correct the spelling of Ms Voss's name.", 'boilerplate'],
    ['Correction: An earlier version of this story gave the wrong date for the vote.', 'boilerplate'],
    ['An earlier version of this article misstated the size of the pay rise.', 'boilerplate'],
    ['Click to share on Facebook (Opens in new window)', 'share'],
    ['Like this story? Share it with a friend!', 'share'],
    ['© 2026 The Harbour Times. All rights reserved.', 'copyright'],
    ['Related: Storm closes the north jetty', 'related-links'],
    ['SEE MORE: Harbour council votes on ferry', 'related-links'],
    ['More Politics', 'related-links'],
    ['Advertisement', 'advertisement'],
    ['Advert', 'advertisement'],
    ['Skip to main content', 'navigation'],
    ['05/10/2026 - Posted by: Ana Flor - Category: Health', 'boilerplate'],
    ['Updated at 1:23 p.m.', 'timestamp'],
    ['Follow @HarbourDeals on Twitter to keep up with the latest deals.', 'share'],
    ['This document is subject to copyright. No part may be reproduced without permission.', 'copyright'],
    ['______________________________', 'boilerplate'],
    ['If you enjoyed this article, we have a proposition for you: join our members.', 'boilerplate'],
    ['Photo: Jon Arkle/Reuters', 'photo-credit'],
    ['The new wheel turns on Saturday. (Photo by Jon Arkle/Estuary Herald via Getty Images)', 'caption'],
  ];
  for (const [line, reason] of cases) assert.equal(classifyLine(line), reason, line);
});

test('keeps body sentences that use the same words', () => {
  const body = [
    'Comments from readers have fallen by half since the paper moved its letters page online.',
    'The report, published by the agency on Monday, said the ferry would need a new engine.',
    'Share prices rose 4% after the council approved the plan, traders said.',
    'More people came to the harbour festival than in any year since 1990, organisers said.',
    'Follow-up inspections found no further damage to the breakwater.',
    'Related work on the north jetty will begin in the spring, the council said.',
    'The photo, taken by a passing fisherman, shows the wheel turning for the first time.',
    'Advertising revenue at the paper fell for the third year running.',
    'Discussion of the budget went on until midnight.',
    'If you enjoy sailing, the new ferry timetable will suit you: boats leave every hour until midnight.',
    'Harbour Times writers contributed to this report.',
    'The council corrected its earlier figure on Tuesday, saying 40 homes had been flooded.',
    'The ministry said this version of the plan had been amended after talks with the union.',
    'This article was originally published by the Harbour Times.',
    '"Do you have a story about the flood?" the inspector asked each family who came to the hall.',
    'Got a story to tell, the old ferryman told anyone who would listen on the quay.',
  ];
  for (const line of body) assert.equal(classifyLine(line), undefined, line);
});
