import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/build-test-app.ts';
import { type Consortium, createConsortium } from '../../../../test/factories.ts';
import { testActor } from '../../../../test/policy-fixtures.ts';
import { type MatchResult, matchTandems } from '../../../core/matching/index.ts';
import { AppError } from '../../errors.ts';
import { type MatchRunDeps, startMatchRun } from './match-runs.service.ts';

// Races need a server: PGlite runs one transaction at a time, so two starts never overlap there.
const onPostgres = Boolean(process.env.DATABASE_URL);

describe.skipIf(!onPostgres)('match runs started at the same time (PostgreSQL)', () => {
  let t: TestApp;
  let c: Consortium;
  beforeEach(async () => {
    t = await buildTestApp();
    c = await createConsortium(t.db, t.clock.now());
  });
  afterEach(() => t.close());

  it('start one run; every other request answers 409 while it runs', async () => {
    // The engine waits until the test lets it finish, so the first run is running throughout.
    const releases: (() => void)[] = [];
    const deps: MatchRunDeps = {
      db: t.db,
      clock: t.clock.now,
      inWorker: false,
      sharedDatabase: true,
      log: { error: () => {} },
      engine: (input, mode) =>
        new Promise<MatchResult>((resolve, reject) => {
          releases.push(() => matchTandems(input, { mode, explain: true }).then(resolve, reject));
        }),
    };
    const coordinator = { ...testActor('coordinator'), accountId: c.accounts.coordinator };
    const attempts = await Promise.allSettled(
      Array.from({ length: 6 }, () => startMatchRun(deps, coordinator, c.cycleId, 'optimal')),
    );
    const started = attempts.filter((a) => a.status === 'fulfilled');
    const refused = attempts.flatMap((a) => (a.status === 'rejected' ? [a.reason] : []));
    expect(started).toHaveLength(1);
    expect(refused).toHaveLength(5);
    for (const reason of refused) {
      expect(reason).toBeInstanceOf(AppError);
      expect((reason as AppError).status).toBe(409);
    }
    const running = await t.db
      .selectFrom('match_runs')
      .select('id')
      .where('cycle_id', '=', c.cycleId)
      .where('status', '=', 'running')
      .execute();
    expect(running).toHaveLength(1);
    for (const release of releases) release();
    await (started[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof startMatchRun>>>).value.finished;
  });
});
