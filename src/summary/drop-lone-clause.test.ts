import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dropLoneClause } from './drop-lone-clause.js';

const LEAD =
  'Tamsin Arveld resigned as governor of Eskmouth province, hours before the provincial assembly was due to debate a motion of no confidence in her.';

test('a trailing clause only the chosen outlet tells goes when other outlets are cited for the sentence', () => {
  assert.equal(
    dropLoneClause(LEAD, [
      'Tamsin Arveld resigned as governor of Eskmouth province on Tuesday, three weeks after auditors found money missing.',
      'Tamsin Arveld has resigned as governor of Eskmouth province after auditors found millions missing.',
    ]),
    'Tamsin Arveld resigned as governor of Eskmouth province.',
  );
});

test('the clause stays when another cited outlet tells it, or when no other outlet is cited', () => {
  assert.equal(
    dropLoneClause(LEAD, [
      'Arveld quit on Tuesday before the assembly could debate a no confidence motion against her.',
    ]),
    LEAD,
  );
  assert.equal(dropLoneClause(LEAD, []), LEAD);
});

test('a clause inside a quotation, a short clause and a main clause too short to stand stay', () => {
  const quoted =
    'Arveld told reporters: "I resigned as governor, hours before the assembly met to judge me."';
  assert.equal(dropLoneClause(quoted, ['Arveld resigned.']), quoted);
  const short = 'Tamsin Arveld resigned as governor of Eskmouth province, days after the audit.';
  assert.equal(dropLoneClause(short, ['Arveld resigned on Tuesday.']), short);
  const bare =
    'Arveld quit, hours before the provincial assembly was due to debate a motion of no confidence.';
  assert.equal(dropLoneClause(bare, ['Arveld resigned on Tuesday.']), bare);
});
