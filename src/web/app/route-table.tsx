import type { ReactNode } from 'react';
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

const staff = ['coordinator', 'organisation_contact'] as const;
const everyone = ['coordinator', 'organisation_contact', 'participant'] as const;

/** Signed-in pages. More specific paths come before `:id` patterns that would also match them. */
export const routes: readonly Route[] = [
  { path: '/organisations', roles: ['coordinator'], render: () => <OrganisationsPage /> },
  { path: '/organisations/new', roles: ['coordinator'], render: () => <NewOrganisationPage /> },
  {
    path: '/organisations/:id',
    roles: ['coordinator'],
    render: (p) => <OrganisationPage key={p.id} id={p.id!} />,
  },
  { path: '/my-organisation', roles: ['organisation_contact'], render: () => <MyOrganisationPage /> },
  { path: '/cycles', roles: staff, render: () => <CyclesPage /> },
  { path: '/cycles/new', roles: ['coordinator'], render: () => <NewCyclePage /> },
  { path: '/cycles/:id', roles: staff, render: (p) => <CyclePage key={p.id} id={p.id!} /> },
  {
    path: '/cycles/:id/matching',
    roles: ['coordinator'],
    render: (p) => <CycleMatchingPage key={p.id} id={p.id!} />,
  },
  {
    path: '/cycles/:id/questionnaire',
    roles: ['coordinator'],
    render: (p) => <CycleQuestionnairePage key={p.id} id={p.id!} />,
  },
  {
    path: '/cycles/:id/rules',
    roles: ['coordinator'],
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
    roles: ['coordinator'],
    render: (p) => <SurveyEditPage key={p.id} id={p.id!} />,
  },
  { path: '/surveys/:id/results', roles: staff, render: (p) => <SurveyResultsPage key={p.id} id={p.id!} /> },
  { path: '/surveys', roles: ['participant'], render: () => <MySurveysPage /> },
  { path: '/approvals', roles: ['organisation_contact'], render: () => <ApprovalsPage /> },
  {
    path: '/approval/:cycleId',
    roles: ['organisation_contact'],
    render: (p) => <ApprovalPage key={p.cycleId} cycleId={p.cycleId!} />,
  },
  { path: '/tandems/:id', roles: everyone, render: (p) => <TandemPage key={p.id} id={p.id!} /> },
  { path: '/participants', roles: staff, render: () => <ParticipantsPage /> },
  { path: '/participants/new', roles: staff, render: () => <NewParticipantPage /> },
  { path: '/participants/import', roles: staff, render: () => <ImportParticipantsPage /> },
  { path: '/participants/:id', roles: staff, render: (p) => <ParticipantPage key={p.id} id={p.id!} /> },
  { path: '/invitations', roles: staff, render: () => <InvitationsPage /> },
  { path: '/audit-log', roles: ['coordinator'], render: () => <AuditLogPage /> },
  { path: '/outbox', roles: ['coordinator'], render: () => <OutboxPage /> },
  { path: '/accounts', roles: ['coordinator'], render: () => <AccountsPage /> },
  { path: '/settings', roles: everyone, render: () => <MailSettingsPage /> },
  { path: '/my-programme', roles: ['participant'], render: () => <MyProgrammePage /> },
  {
    path: '/my-programme/profiles/:participantId',
    roles: ['participant'],
    render: (p) => <MyProfilePage key={p.participantId} participantId={p.participantId!} />,
  },
  // Profile reminder mails link to /programme.
  { path: '/programme', roles: ['participant'], render: () => <MyProgrammePage /> },
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
