/**
 * The real articles tests score and probe: read from ../shared/corpus (beside the repository; CI
 * always has it), never copied into the repository. Where the folder is missing, a test that needs
 * it fails under CI and says plainly elsewhere that it was not run, and why.
 */
import { it } from 'vitest';
import { corpusMissing, defaultGroups, type Group } from '../eval/evaluate.ts';

export const missingCorpus = corpusMissing();

/** The real corpus's groups (seed article, dev, dev2), or [] when it is missing. */
export const realGroups = (): Group[] => (missingCorpus ? [] : defaultGroups());

/**
 * Call inside a describe that needs the real corpus: when it is missing, adds one test that fails
 * under CI and is skipped elsewhere with the reason in its name. Returns whether the corpus is there.
 */
export function needsRealCorpus(): boolean {
  if (!missingCorpus) return true;
  if (process.env.CI) {
    it('has the real corpus', () => {
      throw new Error(missingCorpus);
    });
  } else {
    it.skip(`not run: ${missingCorpus}`, () => {});
  }
  return false;
}

/** Texts to check text-level invariants on: our sample, and every real article when the corpus is there. */
export function corpusTextFiles(): string[] {
  const bundled = defaultGroups().find((g) => g.name === 'bundled')!.paths;
  return [...bundled, ...realGroups().flatMap((g) => g.paths)];
}
