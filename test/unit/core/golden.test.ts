// A golden test of a small map: any change to what the pipeline writes shows up here as a diff.
// After an intended change, regenerate with: UPDATE_GOLDEN=1 npx vitest run test/unit/core/golden.test.ts
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { buildMap } from '../../../src/core/pipeline.ts';
import { createNlp } from '../../../src/core/text/wink.ts';

const GOLDEN = 'test/golden/reading-list.json';
const inputs = ['test/fixtures/cli/reading-list.bib', 'test/fixtures/cli/reading-list.csv'].map(
  (name) => ({ name, text: readFileSync(name, 'utf8') }),
);

it('builds the reading-list map exactly as the golden file has it', async () => {
  const { graph, report } = await buildMap(inputs, { title: 'Reading list' }, { nlp: createNlp });
  // Versions vary with installs; everything else must not.
  const actual =
    JSON.stringify(
      {
        graph: {
          ...graph,
          attributes: { ...graph.attributes, build: { ...graph.attributes.build, versions: {} } },
        },
        report,
      },
      null,
      1,
    ) + '\n';
  if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, actual);
  expect(existsSync(GOLDEN), `${GOLDEN} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
  expect(actual).toBe(readFileSync(GOLDEN, 'utf8'));
});
