import { sql } from 'kysely';
import type { CreateFirstCoordinator } from '../../../shared/contract/setup.ts';
import { errorMessages } from '../../../shared/i18n/errors.ts';
import type { Queryable, Trx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { messagesOf } from '../../messages.ts';
import { addAccount, anyAccountExists } from '../accounts/accounts.service.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { hashNewPassword, type RequestOrigin, startSession } from '../auth/auth.service.ts';
import { addCycleOrganisations, addCycleWithSurveys } from '../cycles/cycles.service.ts';
import { addOrganisation, setCompetitors } from '../organisations/organisations.service.ts';
import { addPeopleToCycle } from '../participants/participants.service.ts';
import {
  DEMO_COORDINATOR_EMAIL,
  DEMO_PASSWORD,
  demoCompetitors,
  demoOrganisations,
  demoParticipants,
} from './demo-consortium.ts';

const say = messagesOf(errorMessages);

// Serialises the two ways out of an empty installation, also across app processes.
const SETUP_LOCK = 7_370_001;

export async function needsSetup(db: Queryable): Promise<boolean> {
  return !(await anyAccountExists(db));
}

async function claimSetup(db: Queryable) {
  await sql`select pg_advisory_xact_lock(${SETUP_LOCK})`.execute(db);
  if (!(await needsSetup(db))) {
    throw new AppError('setup_done', say('setupDone'));
  }
}

/** Creates the first coordinator and signs them in. Runs in a transaction. */
export async function createFirstCoordinator(
  trx: Trx,
  input: CreateFirstCoordinator,
  origin: RequestOrigin,
  now: Date,
) {
  await claimSetup(trx);
  const passwordHash = await hashNewPassword(input.password);
  const accountId = await addAccount(trx, {
    email: input.email,
    name: input.name,
    passwordHash,
    role: 'coordinator',
  });
  await recordAudit(
    trx,
    { actorAccountId: accountId, actorEmail: input.email, ip: origin.ip },
    {
      action: 'account.role_granted',
      targetType: 'account',
      targetId: accountId,
      details: { role: 'coordinator', setup: true },
    },
  );
  return { accountId, token: await startSession(trx, accountId, origin, now) };
}

/** Loads the demo consortium into an empty installation. Runs in a transaction. */
export async function loadDemoConsortium(trx: Trx, origin: { ip: string | null }, today: Date) {
  await claimSetup(trx);
  // Every demo account shares one password, so one hash serves them all.
  const passwordHash = await hashNewPassword(DEMO_PASSWORD);
  const organisationIds = new Map<string, string>();
  for (const o of demoOrganisations) {
    organisationIds.set(
      o.name,
      await addOrganisation(trx, { name: o.name, industry: o.industry, size: o.size, website: o.website }),
    );
  }
  for (const [a, b] of demoCompetitors) {
    await setCompetitors(trx, organisationIds.get(a)!, [organisationIds.get(b)!]);
  }
  const year = today.getUTCFullYear() + 1;
  const cycleId = await addCycleWithSurveys(trx, {
    name: `Cross-Mentoring ${year}`,
    startsOn: `${year}-01-15`,
    endsOn: `${year}-12-15`,
  });
  await sql`update cycles set status = 'open' where id = ${cycleId}`.execute(trx);
  await addCycleOrganisations(trx, cycleId, organisationIds.values());

  const coordinatorId = await addAccount(trx, {
    email: DEMO_COORDINATOR_EMAIL,
    name: 'Carla Coordinator',
    passwordHash,
    role: 'coordinator',
  });
  const signInAs = [
    { email: DEMO_COORDINATOR_EMAIL, role: 'coordinator', description: 'runs the programme' },
  ];
  for (const o of demoOrganisations) {
    const email = `hr@${o.domain}`;
    await addAccount(trx, {
      email,
      name: o.contact,
      passwordHash,
      role: 'organisation_contact',
      organisationId: organisationIds.get(o.name)!,
    });
    if (signInAs.length < 3) {
      signInAs.push({ email, role: 'organisation_contact', description: `HR contact of ${o.name}` });
    }
  }

  const participants = demoParticipants();
  const personIds = await addPeopleToCycle(
    trx,
    cycleId,
    participants.map((p) => ({
      organisationId: organisationIds.get(p.organisation)!,
      email: p.email,
      name: p.name,
      jobTitle: p.jobTitle,
      seniority: p.seniority,
      languages: p.languages,
      location: p.location,
      gender: p.gender,
      role: p.role,
      goals: p.goals,
      expertise: p.expertise,
      capacity: p.capacity,
    })),
  );
  for (const p of participants) {
    await addAccount(trx, {
      email: p.email,
      name: p.name,
      passwordHash,
      role: 'participant',
      personId: personIds.get(p.email)!,
    });
  }
  const firstMentee = participants.find((p) => p.role === 'mentee')!;
  const firstMentor = participants.find((p) => p.role === 'mentor')!;
  signInAs.push(
    {
      email: firstMentee.email,
      role: 'mentee',
      description: `${firstMentee.jobTitle}, ${firstMentee.organisation}`,
    },
    {
      email: firstMentor.email,
      role: 'mentor',
      description: `${firstMentor.jobTitle}, ${firstMentor.organisation}`,
    },
  );
  await recordAudit(
    trx,
    { actorAccountId: coordinatorId, actorEmail: DEMO_COORDINATOR_EMAIL, ip: origin.ip },
    {
      action: 'setup.demo_loaded',
      details: { organisations: organisationIds.size, participants: participants.length },
    },
  );
  return {
    organisations: organisationIds.size,
    participants: participants.length,
    demoPassword: DEMO_PASSWORD,
    signInAs,
  };
}
