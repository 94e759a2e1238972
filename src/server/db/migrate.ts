import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import * as foundation from './migrations/2026-11-27T00-foundation.ts';
import * as matching from './migrations/2026-11-27T01-matching.ts';
import * as mailDelivery from './migrations/2026-11-27T02-mail-delivery.ts';
import * as tandemYear from './migrations/2026-11-28T03-tandem-year.ts';
import * as invitationRevocation from './migrations/2026-11-28T04-invitation-revocation.ts';
import * as goalEventStates from './migrations/2026-12-06T05-goal-event-states.ts';
import * as matchRunHeartbeat from './migrations/2026-12-06T06-match-run-heartbeat.ts';
import * as editVersions from './migrations/2026-12-06T07-edit-versions.ts';
import * as calendarSequence from './migrations/2026-12-06T08-calendar-sequence.ts';
import * as mailUnsubscribe from './migrations/2026-12-06T09-mail-unsubscribe.ts';
import * as dissolvedPairsForbidden from './migrations/2026-12-06T11-dissolved-pairs-forbidden.ts';
import * as passwordReset from './migrations/2026-12-06T14-password-reset.ts';
import * as surveyResultReleases from './migrations/2026-12-06T15-survey-result-releases.ts';
import * as accountLanguageChosen from './migrations/2026-12-07T00-account-language-chosen.ts';
import * as cycleLanguage from './migrations/2026-12-07T01-cycle-language.ts';
import * as followUpOutcomes from './migrations/2026-12-07T02-follow-up-outcomes.ts';
import * as neverPairAgain from './migrations/2026-12-07T03-never-pair-again.ts';
import * as certificates from './migrations/2026-12-07T04-certificates.ts';
import * as events from './migrations/2026-12-07T05-events.ts';
import * as alumni from './migrations/2026-12-07T06-alumni.ts';

// Listed by hand so the order is explicit and bundling never loses one. Never edit a landed migration.
export const migrations: Record<string, Migration> = {
  '2026-11-27T00-foundation': foundation,
  '2026-11-27T01-matching': matching,
  '2026-11-27T02-mail-delivery': mailDelivery,
  '2026-11-28T03-tandem-year': tandemYear,
  '2026-11-28T04-invitation-revocation': invitationRevocation,
  '2026-12-06T05-goal-event-states': goalEventStates,
  '2026-12-06T06-match-run-heartbeat': matchRunHeartbeat,
  '2026-12-06T07-edit-versions': editVersions,
  '2026-12-06T08-calendar-sequence': calendarSequence,
  '2026-12-06T09-mail-unsubscribe': mailUnsubscribe,
  '2026-12-06T11-dissolved-pairs-forbidden': dissolvedPairsForbidden,
  '2026-12-06T14-password-reset': passwordReset,
  '2026-12-06T15-survey-result-releases': surveyResultReleases,
  '2026-12-07T00-account-language-chosen': accountLanguageChosen,
  '2026-12-07T01-cycle-language': cycleLanguage,
  '2026-12-07T02-follow-up-outcomes': followUpOutcomes,
  '2026-12-07T03-never-pair-again': neverPairAgain,
  '2026-12-07T04-certificates': certificates,
  '2026-12-07T05-events': events,
  '2026-12-07T06-alumni': alumni,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

// biome-ignore lint/suspicious/noExplicitAny: migrations work on the untyped database
export async function migrateToLatest(db: Kysely<any>): Promise<void> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    const name = failed ? ` (${failed.migrationName})` : '';
    throw new Error(
      `Database migration failed${name}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
