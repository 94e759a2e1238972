import type { ReactNode } from 'react';
import {
  contactsOnly,
  coordinatorAndParticipants,
  coordinatorOnly,
  participantsOnly,
  signedIn,
  staff,
} from '../../shared/contract/access.ts';
import type { AccountRole } from '../../shared/contract/auth.ts';
import type { shellMessages } from '../../shared/i18n/shell.ts';
import { lazyPage } from './lazy-page.tsx';

export type ShellKey = keyof typeof shellMessages.en;

// Every signed-in page is fetched when first opened (one chunk per route module): the sign-in page
// downloads none of them. app.tsx wraps each in a PageLoader that says what is loading.
const admin = () => import('../routes/admin.tsx');
const AccountsPage = lazyPage(admin, 'AccountsPage');
const AuditLogPage = lazyPage(admin, 'AuditLogPage');
const OutboxPage = lazyPage(admin, 'OutboxPage');
const alumni = () => import('../routes/alumni.tsx');
const AlumniDirectoryPage = lazyPage(alumni, 'AlumniDirectoryPage');
const CycleAlumniPage = lazyPage(alumni, 'CycleAlumniPage');
const cycles = () => import('../routes/cycles.tsx');
const CyclePage = lazyPage(cycles, 'CyclePage');
const CyclesPage = lazyPage(cycles, 'CyclesPage');
const NewCyclePage = lazyPage(cycles, 'NewCyclePage');
const events = () => import('../routes/events.tsx');
const CycleEventsPage = lazyPage(events, 'CycleEventsPage');
const EventAttendeesPage = lazyPage(events, 'EventAttendeesPage');
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
const reports = () => import('../routes/reports.tsx');
const DashboardPage = lazyPage(reports, 'DashboardPage');
const OrganisationReportPage = lazyPage(reports, 'OrganisationReportPage');
const ProgrammeReportPage = lazyPage(reports, 'ProgrammeReportPage');
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
  /** What is said while the page's code arrives ("Loading the cycles page…"). */
  loads: ShellKey;
  render: (params: Record<string, string>) => ReactNode;
};

/** Signed-in pages. More specific paths come before `:id` patterns that would also match them. */
export const routes: readonly Route[] = [
  {
    path: '/organisations',
    loads: 'loadOrganisations',
    roles: coordinatorOnly,
    render: () => <OrganisationsPage />,
  },
  {
    path: '/organisations/new',
    loads: 'loadNewOrganisation',
    roles: coordinatorOnly,
    render: () => <NewOrganisationPage />,
  },
  {
    path: '/organisations/:id',
    loads: 'loadOrganisation',
    roles: coordinatorOnly,
    render: (p) => <OrganisationPage key={p.id} id={p.id!} />,
  },
  {
    path: '/my-organisation',
    loads: 'loadMyOrganisation',
    roles: contactsOnly,
    render: () => <MyOrganisationPage />,
  },
  { path: '/cycles', loads: 'loadCycles', roles: staff, render: () => <CyclesPage /> },
  {
    path: '/cycles/new',
    loads: 'loadNewCycle',
    roles: coordinatorOnly,
    render: () => <NewCyclePage />,
  },
  {
    path: '/cycles/:id',
    loads: 'loadCycle',
    roles: staff,
    render: (p) => <CyclePage key={p.id} id={p.id!} />,
  },
  {
    path: '/cycles/:id/dashboard',
    loads: 'loadDashboard',
    roles: staff,
    render: (p) => <DashboardPage key={p.id} id={p.id!} />,
  },
  {
    path: '/cycles/:id/report',
    loads: 'loadReport',
    roles: coordinatorOnly,
    render: (p) => <ProgrammeReportPage key={p.id} id={p.id!} />,
  },
  {
    path: '/cycles/:cycleId/organisations/:organisationId/report',
    loads: 'loadReport',
    roles: staff,
    render: (p) => (
      <OrganisationReportPage
        key={`${p.cycleId}-${p.organisationId}`}
        cycleId={p.cycleId!}
        organisationId={p.organisationId!}
      />
    ),
  },
  {
    path: '/cycles/:id/matching',
    loads: 'loadMatching',
    roles: coordinatorOnly,
    render: (p) => <CycleMatchingPage key={p.id} id={p.id!} />,
  },
  {
    path: '/cycles/:id/questionnaire',
    loads: 'loadQuestionnaire',
    roles: coordinatorOnly,
    render: (p) => <CycleQuestionnairePage key={p.id} id={p.id!} />,
  },
  {
    path: '/cycles/:id/rules',
    loads: 'loadRules',
    roles: coordinatorOnly,
    render: (p) => <CycleRulesPage key={p.id} id={p.id!} />,
  },
  {
    path: '/cycles/:id/profiles',
    loads: 'loadProfiles',
    roles: staff,
    render: (p) => <CycleProfileStatusPage key={p.id} id={p.id!} />,
  },
  {
    path: '/cycles/:id/tandems',
    loads: 'loadTandems',
    roles: staff,
    render: (p) => <CycleTandemsPage key={p.id} id={p.id!} />,
  },
  {
    path: '/cycles/:id/events',
    loads: 'loadEvents',
    roles: staff,
    render: (p) => <CycleEventsPage key={p.id} id={p.id!} />,
  },
  {
    path: '/events/:id/attendees',
    loads: 'loadEventAttendees',
    roles: staff,
    render: (p) => <EventAttendeesPage key={p.id} id={p.id!} />,
  },
  {
    path: '/cycles/:id/surveys',
    loads: 'loadSurveys',
    roles: staff,
    render: (p) => <CycleSurveysPage key={p.id} id={p.id!} />,
  },
  {
    path: '/cycles/:id/alumni',
    loads: 'loadCycleAlumni',
    roles: coordinatorOnly,
    render: (p) => <CycleAlumniPage key={p.id} id={p.id!} />,
  },
  {
    path: '/surveys/:id/edit',
    loads: 'loadSurveyEditor',
    roles: coordinatorOnly,
    render: (p) => <SurveyEditPage key={p.id} id={p.id!} />,
  },
  {
    path: '/surveys/:id/results',
    loads: 'loadSurveyResults',
    roles: staff,
    render: (p) => <SurveyResultsPage key={p.id} id={p.id!} />,
  },
  { path: '/surveys', loads: 'loadMySurveys', roles: participantsOnly, render: () => <MySurveysPage /> },
  { path: '/approvals', loads: 'loadApprovals', roles: contactsOnly, render: () => <ApprovalsPage /> },
  {
    path: '/approval/:cycleId',
    loads: 'loadApproval',
    roles: contactsOnly,
    render: (p) => <ApprovalPage key={p.cycleId} cycleId={p.cycleId!} />,
  },
  {
    path: '/tandems/:id',
    loads: 'loadTandem',
    roles: signedIn,
    render: (p) => <TandemPage key={p.id} id={p.id!} />,
  },
  { path: '/participants', loads: 'loadParticipants', roles: staff, render: () => <ParticipantsPage /> },
  {
    path: '/participants/new',
    loads: 'loadNewParticipant',
    roles: staff,
    render: () => <NewParticipantPage />,
  },
  {
    path: '/participants/import',
    loads: 'loadImport',
    roles: staff,
    render: () => <ImportParticipantsPage />,
  },
  {
    path: '/participants/:id',
    loads: 'loadParticipant',
    roles: staff,
    render: (p) => <ParticipantPage key={p.id} id={p.id!} />,
  },
  { path: '/invitations', loads: 'loadInvitations', roles: staff, render: () => <InvitationsPage /> },
  { path: '/audit-log', loads: 'loadAuditLog', roles: coordinatorOnly, render: () => <AuditLogPage /> },
  { path: '/outbox', loads: 'loadOutbox', roles: coordinatorOnly, render: () => <OutboxPage /> },
  { path: '/accounts', loads: 'loadAccounts', roles: coordinatorOnly, render: () => <AccountsPage /> },
  {
    path: '/alumni',
    loads: 'loadAlumni',
    roles: coordinatorAndParticipants,
    render: () => <AlumniDirectoryPage />,
  },
  { path: '/settings', loads: 'loadSettings', roles: signedIn, render: () => <MailSettingsPage /> },
  {
    path: '/my-programme',
    loads: 'loadMyProgramme',
    roles: participantsOnly,
    render: () => <MyProgrammePage />,
  },
  {
    path: '/my-programme/profiles/:participantId',
    loads: 'loadMyProfile',
    roles: participantsOnly,
    render: (p) => <MyProfilePage key={p.participantId} participantId={p.participantId!} />,
  },
  // Profile reminder mails link to /programme.
  {
    path: '/programme',
    loads: 'loadMyProgramme',
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

type NavItem = { to: string; label: ShellKey };

export const navigation: Record<AccountRole, readonly NavItem[]> = {
  coordinator: [
    { to: '/cycles', label: 'navCycles' },
    { to: '/organisations', label: 'navOrganisations' },
    { to: '/participants', label: 'navParticipants' },
    { to: '/participants/import', label: 'navImport' },
    { to: '/invitations', label: 'navInvitations' },
    { to: '/accounts', label: 'navAccounts' },
    { to: '/audit-log', label: 'navAuditLog' },
    { to: '/outbox', label: 'navOutbox' },
    { to: '/alumni', label: 'navAlumni' },
  ],
  organisation_contact: [
    { to: '/my-organisation', label: 'navMyOrganisation' },
    { to: '/cycles', label: 'navCycles' },
    { to: '/approvals', label: 'navApprovals' },
    { to: '/participants', label: 'navParticipants' },
    { to: '/participants/import', label: 'navImport' },
    { to: '/invitations', label: 'navInvitations' },
  ],
  participant: [
    { to: '/my-programme', label: 'navMyProgramme' },
    { to: '/surveys', label: 'navSurveys' },
  ],
};
