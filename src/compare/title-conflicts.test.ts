/**
 * Titles of one person that name different offices ("Mayor Lena Ostrova" / "Council leader Lena Ostrova") are
 * a title conflict; the same office written another way ("the mayor", "Mayor of Brenn") and labels that judge
 * ("dictator") are not. The labels are given as the language stage types them ("Mayor": title, "Council
 * leader": role, "the mayor of Brenn": appositive). All people, places and outlets are invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Conflict, LabelKind } from '../model/index.js';
import { compareStory } from './index.js';
import { buildArticle, buildStory, type ArticleSpec } from './story-fixture.test-helper.js';

/** An article of the story in which Lena Ostrova carries `label` (of `kind`) in `text`. */
function spec(id: string, text: string, labels: [string, LabelKind][]): ArticleSpec {
  return {
    id,
    outlet: id,
    text,
    entities: [
      {
        name: 'Lena Ostrova',
        key: 'lena ostrova',
        type: 'person',
        mentions: [{ text: 'Lena Ostrova', labels }],
      },
    ],
  };
}

function titleConflicts(...specs: ArticleSpec[]): Conflict[] {
  const articles = specs.map((one) => buildArticle(one));
  return compareStory(buildStory(articles), articles).conflicts.filter(
    (conflict) => conflict.kind === 'title',
  );
}

const MAYOR = spec(
  'gazette',
  'Mayor Lena Ostrova said on Thursday that the council would close the east wing of the Tolva hospital in Brenn.',
  [['Mayor', 'title']],
);

describe('titles of one person', () => {
  it('"Mayor" and "Council leader" are two offices', () => {
    const conflicts = titleConflicts(
      MAYOR,
      spec(
        'echo',
        'Council leader Lena Ostrova said on Thursday that the east wing of the Tolva hospital in Brenn would close.',
        [['Council leader', 'role']],
      ),
    );
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
    const values = conflicts[0]?.sides.map((side) => side.value).sort();
    assert.deepEqual(values, ['Council leader', 'Mayor']);
  });

  it('"Mayor" and "the mayor" or "the mayor of Brenn" are one office', () => {
    for (const [label, kind] of [
      ['the mayor', 'appositive'],
      ['the mayor of Brenn', 'appositive'],
      ['Mayor of Brenn', 'title'],
      ['Brenn mayor', 'role'],
    ] as [string, LabelKind][]) {
      const text = label.startsWith('the')
        ? `Lena Ostrova, ${label}, said on Thursday that the east wing of the Tolva hospital would close.`
        : `${label} Lena Ostrova said on Thursday that the east wing of the Tolva hospital would close.`;
      assert.deepEqual(titleConflicts(MAYOR, spec('echo', text, [[label, kind]])), [], label);
    }
  });

  it('an office against a label that judges ("dictator", "Brenn\'s leader") is no title conflict', () => {
    for (const label of ['dictator', 'leader']) {
      const conflicts = titleConflicts(
        MAYOR,
        spec(
          'echo',
          `Brenn's ${label} Lena Ostrova said on Thursday that the east wing of the Tolva hospital would close.`,
          [[label, 'role']],
        ),
      );
      assert.deepEqual(conflicts, [], label);
    }
  });

  it('an outlet that also gives the other office agrees', () => {
    const conflicts = titleConflicts(
      MAYOR,
      spec(
        'echo',
        'Council leader Lena Ostrova, the mayor, said on Thursday that the east wing of the Tolva hospital would close.',
        [
          ['Council leader', 'role'],
          ['the mayor', 'appositive'],
        ],
      ),
    );
    assert.deepEqual(conflicts, []);
  });

  it('roles that describe or sit alongside an office are no title conflict', () => {
    // Each of these once raised a conflict on ECB+ stories ("Nixon aide", "Police spokesman" / "Police
    // Inspector", "former travel reporter", "sheriff's Deputy").
    const cases: [string, [string, LabelKind][]][] = [
      ['Campaign aide Lena Ostrova said on Thursday that the wing would close.', [['Campaign aide', 'role']]],
      [
        'Council spokeswoman Lena Ostrova said on Thursday that the wing would close.',
        [['Council spokeswoman', 'role']],
      ],
      [
        'The former travel reporter Lena Ostrova said on Thursday that the wing would close.',
        [['travel reporter', 'role']],
      ],
      ["The sheriff's Lena Ostrova said on Thursday that the wing would close.", [["sheriff's", 'role']]],
    ];
    for (const [text, labels] of cases) {
      assert.deepEqual(titleConflicts(MAYOR, spec('echo', text, labels)), [], text);
    }
  });

  it('names of one seat in a legislature agree ("Representative" / "Congresswoman" / "lawmaker"); a senator is another seat', () => {
    const representative = spec(
      'gazette',
      'Representative Lena Ostrova said on Thursday that the east wing of the Tolva hospital in Brenn would close.',
      [['Representative', 'title']],
    );
    for (const [label, kind] of [
      ['Congresswoman', 'title'],
      ['MP', 'title'],
      ['lawmaker', 'role'],
    ] as [string, LabelKind][]) {
      const text = `${label} Lena Ostrova said on Thursday that the east wing of the Tolva hospital would close.`;
      assert.deepEqual(titleConflicts(representative, spec('echo', text, [[label, kind]])), [], label);
    }
    const senator = titleConflicts(
      spec(
        'herald',
        'Congresswoman Lena Ostrova said on Thursday that the east wing of the Tolva hospital in Brenn would close.',
        [['Congresswoman', 'title']],
      ),
      spec(
        'echo',
        'Senator Lena Ostrova said on Thursday that the east wing of the Tolva hospital would close.',
        [['Senator', 'title']],
      ),
    );
    assert.equal(senator.length, 1, 'a congresswoman is not a senator');
  });
  it('a seat in a legislature and a post held in it ("Representative" / "Minority Leader") are held at once', () => {
    const representative = spec(
      'gazette',
      'Tolvan Liberal Representative Lena Ostrova said on Thursday that the east wing of the Tolva hospital in Brenn would close.',
      [['Tolvan Liberal Representative', 'title']],
    );
    for (const label of ['Assembly Minority Leader', 'Majority Whip', 'Budget Committee Chairwoman']) {
      const text = `${label} Lena Ostrova said on Thursday that the east wing of the Tolva hospital would close.`;
      assert.deepEqual(titleConflicts(representative, spec('echo', text, [[label, 'title']])), [], label);
    }
    // Two posts still differ: a whip is not the leader.
    const posts = titleConflicts(
      spec(
        'herald',
        'Assembly Minority Leader Lena Ostrova said on Thursday that the east wing of the Tolva hospital would close.',
        [['Assembly Minority Leader', 'title']],
      ),
      spec(
        'echo',
        'Majority Whip Lena Ostrova said on Thursday that the east wing of the Tolva hospital would close.',
        [['Majority Whip', 'title']],
      ),
    );
    assert.equal(posts.length, 1, 'a leader is not a whip');
  });

  it('"Judge" and "Justice" name one office on the bench', () => {
    const judge = spec(
      'gazette',
      'Judge Lena Ostrova said on Thursday that the east wing of the Tolva hospital in Brenn would close.',
      [['Judge', 'title']],
    );
    for (const label of ['Justice', 'High Court Justice', 'Brenn Supreme Court Judge']) {
      const text = `${label} Lena Ostrova said on Thursday that the east wing of the Tolva hospital would close.`;
      assert.deepEqual(titleConflicts(judge, spec('echo', text, [[label, 'title']])), [], label);
    }
  });
});

describe('titles inside quoted words', () => {
  it('a title in an old statement quoted ("As mayor, Councillor Lena Ostrova will ...") is no title conflict', () => {
    const conflicts = titleConflicts(
      MAYOR,
      spec(
        'echo',
        'Back in the campaign a spokesman wrote: "As mayor, Councillor Lena Ostrova will keep the east wing of the Tolva hospital open."',
        [['Councillor', 'title']],
      ),
    );
    assert.deepEqual(conflicts, []);
  });

  it('the same title outside quotation marks still conflicts', () => {
    const conflicts = titleConflicts(
      MAYOR,
      spec(
        'echo',
        'Back in the campaign Councillor Lena Ostrova said she would keep the east wing of the Tolva hospital open.',
        [['Councillor', 'title']],
      ),
    );
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
  });
});
