import type { ReactNode } from 'react';
import {
  contactsOnly,
  coordinatorOnly,
  participantsOnly,
  signedIn,
  staff,
} from '../../shared/contract/access.ts';
import type { AccountRole } from '../../shared/contract/auth.ts';
import { lazyPage } from './lazy-page.tsx';

// Every signed-in page is fetched when first opened (one chunk per route module): the sign-in page
// downloads none of them. app.tsx wraps each in a PageLoader that says what is loading.
const admin = () => import('../routes/admin.tsx');
const AccountsPage = lazyPage(admin, 'AccountsPage');
const AuditLogPage = lazyPage(admin, 'AuditLogPage');
const OutboxPage = lazyPage(admin, 'OutboxPage');
const cycles = () => import('../routes/cycles.tsx');
const CyclePage = lazyPage(cycles, 'CyclePage');
const CyclesPage = lazyPage(cycles, 'CyclesPage');
const NewCyclePage = lazyPage(cycles, 'NewCyclePage');
const InvitationsPage = lazyPage(() => import('../routes/invitations.tsx'), 'InvitationsPage');
const matching = () => import('../routes/matching.tsx');
const ApprovalPage = lazyPage(matching, 'ApprovalPage');
const ApprovalsPage = lazyPage(matching, 'ApprovalsPage');
const CycleMatchingPage = lazyPage(matching, 'CycleMatchingPage');
const CycleTandemsPage = lazyPage(matching, 'CycleTandemsPage');
const TandemPage = lazyPage(matching, 'TandemPage');
const MyOrganisationPage = lazyPage(() => import('../routes/my-organisation.tsx'), 'MyOrganisationPage');
const MyProgrammePage = lazyPage(() => import('../routes/my-programme.tsx'), 'MyProgrammePage');
const organisations = () => import('../routes/organisations.tsx');
const NewOrganisationPage = lazyPage(organisations, 'NewOrganisationPage');
const OrganisationPage = lazyPage(organisations, 'OrganisationPage');
const OrganisationsPage = lazyPage(organisations, 'OrganisationsPage');
const participants = () => import('../routes/participants.tsx');
const ImportParticipantsPage = lazyPage(participants, 'ImportParticipantsPage');
const NewParticipantPage = lazyPage(participants, 'NewParticipantPage');
const ParticipantPage = lazyPage(participants, 'ParticipantPage');
const ParticipantsPage = lazyPage(participants, 'ParticipantsPage');
const questionnaire = () => import('../routes/questionnaire.tsx');
const CycleProfileStatusPage = lazyPage(questionnaire, 'CycleProfileStatusPage');
const CycleQuestionnairePage = lazyPage(questionnaire, 'CycleQuestionnairePage');
const MyProfilePage = lazyPage(questionnaire, 'MyProfilePage');
const CycleRulesPage = lazyPage(() => import('../routes/rules.tsx'), 'CycleRulesPage');
const MailSettingsPage = lazyPage(() => import('../routes/settings.tsx'), 'MailSettingsPage');
const surveys = () => import('../routes/surveys.tsx');
const CycleSurveysPage = lazyPage(surveys, 'CycleSurveysPage');
const MySurveysPage = lazyPage(surveys, 'MySurveysPage');
const SurveyEditPage = lazyPage(surveys, 'SurveyEditPage');
const SurveyResultsPage = lazyPage(surveys, 'SurveyResultsPage');

type Route = {
  path: string;
  /** Who may open the page; for anyone else it does not exist (as the API answers 404). */
  roles: readonly AccountRole[];
  /** What is loading while the page's code arrives: "Loading <loads>…". */
  loads: string;
  render: (params: Record<string, string>) => ReactNode;
};

/** Signed-in pages. More specific paths come before `:id` patterns that would also match them. */
export const routes: readonly Route[] = [
  {
    path: '/organisations',
    loads: 'the organisations page',
    roles: coordinatorOnly,
    render: () => <OrganisationsPage />,
  },
  {
    path: '/organisations/new',
    loads: 'the new organisation form',
    roles: coordinatorOnly,
    render: () => <NewOrganisationPage />,
  },
  {
    path: '/organisations/:id',
    loads: 'the organisation page',
    roles: coordinatorOnly,
    render: (p) => <OrganisationPage key={p.id} id={p.id!} />,
  },
  {
    path: '/my-organisation',
    loads: 'your organisation page',
    roles: contactsOnly,
    render: () => <MyOrganisationPage />,
  },
  { path: '/cycles', loads: 'the cycles page', roles: staff, render: () => <CyclesPage /> },
  {
    path: '/cycles/new',
    loads: 'the new cycle form',
    roles: coordinatorOnly,
    render: () => <NewCyclePage />,
  },
  {
    path: '/cycles/:id',
    loads: 'the cycle page',
    roles: staff,
    render: (p) => <CyclePage key={p.id} id={p.id!} />,
  },
  {
    path: '/cycles/:id/matching',
    loads: 'the matching page',
    roles: coordinatorOnly,
    render: (p) => <CycleMatchingPage key={p.id} id={p.id!} />,
  },
  {
    path: '/cycles/:id/questionnaire',
    loads: 'the questionnaire page',
    roles: coordinatorOnly,
    render: (p) => <CycleQuestionnairePage key={p.id} id={p.id!} />,
  },
  {
    path: '/cycles/:id/rules',
    loads: 'the matching rules page',
    roles: coordinatorOnly,
    render: (p) => <CycleRulesPage key={p.id} id={p.id!} />,
  },
  {
    path: '/cycles/:id/profiles',
    loads: 'the profiles page',
    roles: staff,
    render: (p) => <CycleProfileStatusPage key={p.id} id={p.id!} />,
  },
  {
    path: '/cycles/:id/tandems',
    loads: 'the tandems page',
    roles: staff,
    render: (p) => <CycleTandemsPage key={p.id} id={p.id!} />,
  },
  {
    path: '/cycles/:id/surveys',
    loads: 'the surveys page',
    roles: staff,
    render: (p) => <CycleSurveysPage key={p.id} id={p.id!} />,
  },
  {
    path: '/surveys/:id/edit',
    loads: 'the survey editor',
    roles: coordinatorOnly,
    render: (p) => <SurveyEditPage key={p.id} id={p.id!} />,
  },
  {
    path: '/surveys/:id/results',
    loads: 'the survey results page',
    roles: staff,
    render: (p) => <SurveyResultsPage key={p.id} id={p.id!} />,
  },
  { path: '/surveys', loads: 'your surveys page', roles: participantsOnly, render: () => <MySurveysPage /> },
  { path: '/approvals', loads: 'the approvals page', roles: contactsOnly, render: () => <ApprovalsPage /> },
  {
    path: '/approval/:cycleId',
    loads: 'the approval page',
    roles: contactsOnly,
    render: (p) => <ApprovalPage key={p.cycleId} cycleId={p.cycleId!} />,
  },
  {
    path: '/tandems/:id',
    loads: 'the tandem page',
    roles: signedIn,
    render: (p) => <TandemPage key={p.id} id={p.id!} />,
  },
  { path: '/participants', loads: 'the participants page', roles: staff, render: () => <ParticipantsPage /> },
  {
    path: '/participants/new',
    loads: 'the new participant form',
    roles: staff,
    render: () => <NewParticipantPage />,
  },
  {
    path: '/participants/import',
    loads: 'the import page',
    roles: staff,
    render: () => <ImportParticipantsPage />,
  },
  {
    path: '/participants/:id',
    loads: 'the participant page',
    roles: staff,
    render: (p) => <ParticipantPage key={p.id} id={p.id!} />,
  },
  { path: '/invitations', loads: 'the invitations page', roles: staff, render: () => <InvitationsPage /> },
  { path: '/audit-log', loads: 'the audit log', roles: coordinatorOnly, render: () => <AuditLogPage /> },
  { path: '/outbox', loads: 'the outbox', roles: coordinatorOnly, render: () => <OutboxPage /> },
  { path: '/accounts', loads: 'the accounts page', roles: coordinatorOnly, render: () => <AccountsPage /> },
  { path: '/settings', loads: 'the settings page', roles: signedIn, render: () => <MailSettingsPage /> },
  {
    path: '/my-programme',
    loads: 'your programme page',
    roles: participantsOnly,
    render: () => <MyProgrammePage />,
  },
  {
    path: '/my-programme/profiles/:participantId',
    loads: 'your profile page',
    roles: participantsOnly,
    render: (p) => <MyProfilePage key={p.participantId} participantId={p.participantId!} />,
  },
  // Profile reminder mails link to /programme.
  {
    path: '/programme',
    loads: 'your programme page',
    roles: participantsOnly,
    render: () => <MyProgrammePage />,
  },
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
