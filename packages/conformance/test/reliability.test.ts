import { describe, expect, it } from 'vitest';
import { PROVIDERS } from '../src/providers/index.js';
import { knownIssue } from '../src/reliability/known-issues.js';
import { CI_RELIABILITY, coreSubject, providerSubject, runReliability } from '../src/reliability/run.js';

// CI size: every fault scenario, 400 fuzz cases per provider (`pnpm reliability` runs 10 000).
const subjects = [coreSubject(), ...PROVIDERS.filter((adapter) => adapter.offline !== true).map(providerSubject)];

describe('reliability', () => {
  for (const subject of subjects) {
    it(`${subject.id}: faults end in a retry or a typed error, fuzzing throws only typed errors, no secret leaks`, {
      timeout: 180_000,
    }, async () => {
      const { report, problems } = await runReliability(subject, CI_RELIABILITY);
      const unexplained = problems.filter((problem) => knownIssue(subject.id, problem) === undefined);
      expect(unexplained).toEqual([]);
      expect(report.fuzz.cases).toBeGreaterThanOrEqual(CI_RELIABILITY.fuzzCases);
      expect(report.fuzz.untyped_throws).toBe(0);
      expect(report.fuzz.hangs).toBe(0);
      expect(report.secrets_leaked).toBe(0);
      expect(report.faults.unhandled).toBe(0);
      if (report.faults.skipped === undefined) {
        expect(report.faults.tried).toBeGreaterThan(0);
        // Every scenario ended one way or another; hangs and wrong results only where a known issue explains them.
        const known = problems.length - unexplained.length;
        expect(report.faults.retried_ok + report.faults.typed_errors + known).toBeGreaterThanOrEqual(
          report.faults.tried,
        );
      }
    });
  }
});
