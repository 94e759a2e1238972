import type { ReactNode } from 'react';
import {
  contactsOnly,
  coordinatorOnly,
  participantsOnly,
  signedIn,
  staff,
} from '../../shared/contract/access.ts';
import type { AccountRole } from '../../shared/contract/auth.ts';
import { AccountsPage, AuditLogPage, OutboxPage } from '../routes/admin.tsx';
import { CyclePage, CyclesPage, NewCyclePage } from '../routes/cycles.tsx';
import { InvitationsPage } from '../routes/invitations.tsx';
import {
  ApprovalPage,
  ApprovalsPage,
  CycleMatchingPage,
  CycleTandemsPage,
  TandemPage,
} from '../routes/matching.tsx';
import { MyOrganisationPage } from '../routes/my-organisation.tsx';
import { MyProgrammePage } from '../routes/my-programme.tsx';
import { NewOrganisationPage, OrganisationPage, OrganisationsPage } from '../routes/organisations.tsx';
import {
  ImportParticipantsPage,
  NewParticipantPage,
  ParticipantPage,
  ParticipantsPage,
} from '../routes/participants.tsx';
import { CycleProfileStatusPage, CycleQuestionnairePage, MyProfilePage } from '../routes/questionnaire.tsx';
import { CycleRulesPage } from '../routes/rules.tsx';
import { MailSettingsPage } from '../routes/settings.tsx';
import { CycleSurveysPage, MySurveysPage, SurveyEditPage, SurveyResultsPage } from '../routes/surveys.tsx';

type Route = {
  path: string;
  /** Who may open the page; for anyone else it does not exist (as the API answers 404). */
  roles: readonly AccountRole[];
  render: (params: Record<string, string>) => ReactNode;
};

/** Signed-in pages. More specific paths come before `:id` patterns that would also match them. */
export const routes: readonly Route[] = [
  { path: '/organisations', roles: coordinatorOnly, render: () => <OrganisationsPage /> },
  { path: '/organisations/new', roles: coordinatorOnly, render: () => <NewOrganisationPage /> },
  {
    path: '/organisations/:id',
    roles: coordinatorOnly,
    render: (p) => <OrganisationPage key={p.id} id={p.id!} />,
  },
  { path: '/my-organisation', roles: contactsOnly, render: () => <MyOrganisationPage /> },
  { path: '/cycles', roles: staff, render: () => <CyclesPage /> },
  { path: '/cycles/new', roles: coordinatorOnly, render: () => <NewCyclePage /> },
  { path: '/cycles/:id', roles: staff, render: (p) => <CyclePage key={p.id} id={p.id!} /> },
  {
    path: '/cycles/:id/matching',
    roles: coordinatorOnly,
    render: (p) => <CycleMatchingPage key={p.id} id={p.id!} />,
  },
  {
    path: '/cycles/:id/questionnaire',
    roles: coordinatorOnly,
    render: (p) => <CycleQuestionnairePage key={p.id} id={p.id!} />,
  },
  {
    path: '/cycles/:id/rules',
    roles: coordinatorOnly,
    render: (p) => <CycleRulesPage key={p.id} id={p.id!} />,
  },
  {
    path: '/cycles/:id/profiles',
    roles: staff,
    render: (p) => <CycleProfileStatusPage key={p.id} id={p.id!} />,
  },
  { path: '/cycles/:id/tandems', roles: staff, render: (p) => <CycleTandemsPage key={p.id} id={p.id!} /> },
  { path: '/cycles/:id/surveys', roles: staff, render: (p) => <CycleSurveysPage key={p.id} id={p.id!} /> },
  {
    path: '/surveys/:id/edit',
    roles: coordinatorOnly,
    render: (p) => <SurveyEditPage key={p.id} id={p.id!} />,
  },
  { path: '/surveys/:id/results', roles: staff, render: (p) => <SurveyResultsPage key={p.id} id={p.id!} /> },
  { path: '/surveys', roles: participantsOnly, render: () => <MySurveysPage /> },
  { path: '/approvals', roles: contactsOnly, render: () => <ApprovalsPage /> },
  {
    path: '/approval/:cycleId',
    roles: contactsOnly,
    render: (p) => <ApprovalPage key={p.cycleId} cycleId={p.cycleId!} />,
  },
  { path: '/tandems/:id', roles: signedIn, render: (p) => <TandemPage key={p.id} id={p.id!} /> },
  { path: '/participants', roles: staff, render: () => <ParticipantsPage /> },
  { path: '/participants/new', roles: staff, render: () => <NewParticipantPage /> },
  { path: '/participants/import', roles: staff, render: () => <ImportParticipantsPage /> },
  { path: '/participants/:id', roles: staff, render: (p) => <ParticipantPage key={p.id} id={p.id!} /> },
  { path: '/invitations', roles: staff, render: () => <InvitationsPage /> },
  { path: '/audit-log', roles: coordinatorOnly, render: () => <AuditLogPage /> },
  { path: '/outbox', roles: coordinatorOnly, render: () => <OutboxPage /> },
  { path: '/accounts', roles: coordinatorOnly, render: () => <AccountsPage /> },
  { path: '/settings', roles: signedIn, render: () => <MailSettingsPage /> },
  { path: '/my-programme', roles: participantsOnly, render: () => <MyProgrammePage /> },
  {
    path: '/my-programme/profiles/:participantId',
    roles: participantsOnly,
    render: (p) => <MyProfilePage key={p.participantId} participantId={p.participantId!} />,
  },
  // Profile reminder mails link to /programme.
  { path: '/programme', roles: participantsOnly, render: () => <MyProgrammePage /> },
];

/** Where each role lands after signing in. */
export const homePath: Record<AccountRole, string> = {
  coordinator: '/cycles',
  organisation_contact: '/my-organisation',
  participant: '/my-programme',
};

type NavItem = { to: string; label: string };

export const navigation: Record<AccountRole, readonly NavItem[]> = {
  coordinator: [
    { to: '/cycles', label: 'Cycles' },
    { to: '/organisations', label: 'Organisations' },
    { to: '/participants', label: 'Participants' },
    { to: '/participants/import', label: 'Import' },
    { to: '/invitations', label: 'Invitations' },
    { to: '/accounts', label: 'Accounts' },
    { to: '/audit-log', label: 'Audit log' },
    { to: '/outbox', label: 'Outbox' },
  ],
  organisation_contact: [
    { to: '/my-organisation', label: 'My organisation' },
    { to: '/cycles', label: 'Cycles' },
    { to: '/approvals', label: 'Approvals' },
    { to: '/participants', label: 'Participants' },
    { to: '/participants/import', label: 'Import' },
    { to: '/invitations', label: 'Invitations' },
  ],
  participant: [
    { to: '/my-programme', label: 'My programme' },
    { to: '/surveys', label: 'Surveys' },
  ],
};
