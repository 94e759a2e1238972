import { type ReactNode, Suspense, use, useCallback, useEffect, useMemo, useState } from 'react';
import type { Account } from '../../shared/contract/auth.ts';
import { formatMessage, isLanguageLoaded, loadLanguage } from '../../shared/i18n/catalogue.ts';
import type { UiLanguage } from '../../shared/i18n/languages.ts';
import { shellMessages } from '../../shared/i18n/shell.ts';
import { changeLanguage, getSession, signOut } from '../features/auth/api/auth.ts';
import { getSetupStatus } from '../features/setup/api/setup.ts';
import { errorMessage, setSessionEndedHandler } from '../lib/api.ts';
import {
  browserLanguage,
  LanguageProvider,
  storedLanguage,
  storeLanguage,
  useMessages,
} from '../lib/i18n.tsx';
import { matchPath, navigate, useLocation } from '../lib/router.tsx';
import { type Session, SessionContext } from '../lib/session.tsx';
import { LoadError, Loading } from '../lib/ui/status.tsx';
import { NotFoundPage } from '../routes/not-found.tsx';
import { SignInPage } from '../routes/sign-in.tsx';
import { lazyPage, PageLoader } from './lazy-page.tsx';
import { homePath, routes } from './route-table.tsx';
import { Shell } from './shell.tsx';

// The sign-in page is the one most visits start on; these two public pages load on demand like the rest.
const AcceptInvitationPage = lazyPage(
  () => import('../routes/accept-invitation.tsx'),
  'AcceptInvitationPage',
);
const SetupPage = lazyPage(() => import('../routes/setup.tsx'), 'SetupPage');
const passwordReset = () => import('../routes/password-reset.tsx');
const ForgotPasswordPage = lazyPage(passwordReset, 'ForgotPasswordPage');
const ResetPasswordPage = lazyPage(passwordReset, 'ResetPasswordPage');

type Boot =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; needsSetup: boolean; account: Account | null };

/** Only paths inside the app are followed after sign-in ("//evil.example" is another site). */
function safeNext(search: string): string | null {
  const next = new URLSearchParams(search).get('next');
  return next?.startsWith('/') && !next.startsWith('//') ? next : null;
}

/** Changes the URL after render; rendering itself never navigates. */
function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true, redirect: true }), [to]);
  return null;
}

/** Shows its children once the language's words have arrived (at once for English). */
function LanguageLoaded({ language, children }: { language: UiLanguage; children: ReactNode }) {
  if (!isLanguageLoaded(language)) use(loadLanguage(language));
  return children;
}

/** The app in the reader's language: the account's once signed in, else the switch's or the browser's. */
export function App() {
  const [boot, setBoot] = useState<Boot>({ status: 'loading' });
  const [chosen, setChosen] = useState<UiLanguage>(() => storedLanguage() ?? browserLanguage());
  const [notice, setNotice] = useState<string | null>(null);
  const account = boot.status === 'ready' ? boot.account : null;
  const language = account?.language ?? chosen;

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const applyLanguage = useCallback(
    (next: UiLanguage, options?: { saved?: boolean }) => {
      if (next === language) return;
      setNotice(null);
      // Remembered in this browser too, so the sign-in page after signing out keeps it.
      const chosenBefore = chosen;
      storeLanguage(next);
      setChosen(next);
      if (!account) return;
      if (options?.saved) {
        setBoot((b) =>
          b.status === 'ready' && b.account ? { ...b, account: { ...b.account, language: next } } : b,
        );
        return;
      }
      // Signed in, the switch is the account's setting: shown at once, saved, undone if saving fails.
      const before = account.language;
      setBoot((b) =>
        b.status === 'ready' && b.account ? { ...b, account: { ...b.account, language: next } } : b,
      );
      changeLanguage(next).catch((error: unknown) => {
        storeLanguage(chosenBefore);
        setChosen(chosenBefore);
        setBoot((b) =>
          b.status === 'ready' && b.account ? { ...b, account: { ...b.account, language: before } } : b,
        );
        setNotice(
          formatMessage(shellMessages, language, 'languageSaveFailed', { reason: errorMessage(error) }),
        );
      });
    },
    [account, chosen, language],
  );

  // The new language's words are fetched first, so no page shows a mix of two languages.
  const setLanguage = useCallback(
    (next: UiLanguage, options?: { saved?: boolean }) => {
      void loadLanguage(next).then(() => applyLanguage(next, options));
    },
    [applyLanguage],
  );

  return (
    <LanguageProvider language={language} setLanguage={setLanguage}>
      <Suspense fallback={null}>
        <LanguageLoaded language={language}>
          <Pages boot={boot} setBoot={setBoot} languageNotice={notice} />
        </LanguageLoaded>
      </Suspense>
    </LanguageProvider>
  );
}

function Pages({
  boot,
  setBoot,
  languageNotice,
}: {
  boot: Boot;
  setBoot: (update: Boot | ((b: Boot) => Boot)) => void;
  languageNotice: string | null;
}) {
  const { pathname, search } = useLocation();
  const t = useMessages(shellMessages);
  const [attempt, setAttempt] = useState(0);
  const [signInNotice, setSignInNotice] = useState<string | undefined>();
  const [shellNotice, setShellNotice] = useState<string | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt is the retry trigger
  useEffect(() => {
    const controller = new AbortController();
    (async () => {
      const needsSetup = await getSetupStatus(controller.signal);
      const account = needsSetup ? null : await getSession(controller.signal);
      // A sign-in that finished first (e.g. an invitation accepted on a slow network) wins over the probe.
      if (!controller.signal.aborted)
        setBoot((b) => (b.status === 'ready' ? b : { status: 'ready', needsSetup, account }));
    })().catch((error: unknown) => {
      if (!controller.signal.aborted) setBoot({ status: 'error', error });
    });
    return () => controller.abort();
  }, [attempt]);

  const setAccount = useCallback(
    (account: Account | null) => {
      setBoot({ status: 'ready', needsSetup: false, account });
    },
    [setBoot],
  );

  // A 401 in the middle of work means the session expired or the account was disabled.
  useEffect(() => {
    setSessionEndedHandler(() => {
      setSignInNotice(t('sessionEnded'));
      setAccount(null);
    });
    return () => setSessionEndedHandler(null);
  }, [setAccount, t]);

  const signedIn = useCallback(
    (account: Account) => {
      setSignInNotice(undefined);
      setShellNotice(null);
      setAccount(account);
      navigate(safeNext(window.location.search) ?? homePath[account.role], { replace: true });
    },
    [setAccount],
  );

  const account = boot.status === 'ready' ? boot.account : null;
  const session = useMemo<Session | null>(
    () =>
      account
        ? {
            account,
            signOut: async () => {
              try {
                await signOut();
                setShellNotice(null);
                setAccount(null);
                navigate('/sign-in');
              } catch (error) {
                setShellNotice(t('signOutFailed', { reason: errorMessage(error) }));
              }
            },
          }
        : null,
    [account, setAccount, t],
  );

  const invitation = matchPath('/invitations/:token', pathname);
  if (invitation) {
    return (
      <Shell>
        <PageLoader loads="loadInvitation">
          <AcceptInvitationPage token={invitation.token!} onAccepted={signedIn} />
        </PageLoader>
      </Shell>
    );
  }

  // Public like the invitation: whoever forgot their password has no session to wait for.
  if (pathname === '/password-reset') {
    return (
      <Shell>
        <PageLoader loads="loadPasswordReset">
          <ForgotPasswordPage />
        </PageLoader>
      </Shell>
    );
  }
  if (pathname === '/password-reset/confirm') {
    // The mailed link carries its token in the fragment, which never reaches the server's logs.
    return (
      <Shell>
        <PageLoader loads="loadPasswordReset">
          <ResetPasswordPage token={window.location.hash.slice(1)} onSignedIn={signedIn} />
        </PageLoader>
      </Shell>
    );
  }

  if (boot.status === 'loading') {
    return (
      <Shell>
        <Loading label={t('loadingApp')} />
      </Shell>
    );
  }
  if (boot.status === 'error') {
    return (
      <Shell>
        <LoadError error={boot.error} onRetry={() => setAttempt((n) => n + 1)} />
      </Shell>
    );
  }

  if (boot.needsSetup) {
    if (pathname !== '/setup') return <Redirect to="/setup" />;
    return (
      <Shell>
        <PageLoader loads="loadSetup">
          <SetupPage
            onSignedIn={signedIn}
            onDemoContinue={() => {
              setAccount(null);
              navigate('/sign-in', { replace: true });
            }}
          />
        </PageLoader>
      </Shell>
    );
  }

  if (!session) {
    if (pathname !== '/sign-in') {
      const from =
        pathname === '/' || pathname === '/setup' ? '' : `?next=${encodeURIComponent(pathname + search)}`;
      return <Redirect to={`/sign-in${from}`} />;
    }
    return (
      <Shell>
        <SignInPage onSignedIn={signedIn} notice={signInNotice} />
      </Shell>
    );
  }

  const home = homePath[session.account.role];
  if (pathname === '/' || pathname === '/sign-in' || pathname === '/setup') return <Redirect to={home} />;

  let page: ReactNode = <NotFoundPage />;
  for (const route of routes) {
    const params = matchPath(route.path, pathname);
    if (!params) continue;
    // A page outside the role does not exist for it; `/cycles/new` must not fall through to `/cycles/:id`.
    if (route.roles.includes(session.account.role)) {
      page = (
        <PageLoader key={route.path} loads={route.loads}>
          {route.render(params)}
        </PageLoader>
      );
    }
    break;
  }

  return (
    <SessionContext.Provider value={session}>
      <Shell
        account={session.account}
        onSignOut={() => void session.signOut()}
        notice={shellNotice ?? languageNotice}
      >
        {page}
      </Shell>
    </SessionContext.Provider>
  );
}
