import { type ReactNode, useEffect, useState } from 'react';
import type { Account } from '../../shared/contract/auth.ts';
import { shellMessages } from '../../shared/i18n/shell.ts';
import { accountRoleLabel } from '../lib/format.ts';
import { useMessages } from '../lib/i18n.tsx';
import { Link, useLocation } from '../lib/router.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { homePath, navigation } from './route-table.tsx';

type ShellProps = {
  /** Absent on the public pages (setup, sign in, invitation). */
  account?: Account;
  onSignOut?: () => void;
  /** A message for the whole app, e.g. a failed sign-out. */
  notice?: string | null;
  children: ReactNode;
};

/** The current navigation item is the longest one the path starts with (/participants/import → Import). */
function currentItem(items: readonly { to: string }[], pathname: string): string | undefined {
  return items
    .filter((i) => pathname === i.to || pathname.startsWith(`${i.to}/`))
    .sort((a, b) => b.to.length - a.to.length)[0]?.to;
}

export function Shell({ account, onSignOut, notice, children }: ShellProps) {
  const t = useMessages(shellMessages);
  const { pathname } = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  // A chosen page closes the phone menu.
  // biome-ignore lint/correctness/useExhaustiveDependencies: pathname is the trigger, not an input
  useEffect(() => setMenuOpen(false), [pathname]);

  const items = account ? navigation[account.role] : [];
  const current = currentItem(items, pathname);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipLink')}
      </a>
      <header className="site-header">
        <div className="site-header__bar">
          <Link to={account ? homePath[account.role] : '/'} className="brand">
            crossmentor
          </Link>
          <LanguageSwitch />
          {account ? (
            <button
              type="button"
              className="menu-button"
              aria-expanded={menuOpen}
              aria-controls="site-nav"
              onClick={() => setMenuOpen((o) => !o)}
            >
              {t('menu')}
            </button>
          ) : null}
        </div>
        {account ? (
          <div id="site-nav" className={menuOpen ? 'site-nav site-nav--open' : 'site-nav'}>
            <nav aria-label={t('mainNavigation')}>
              <ul>
                {items.map((item) => (
                  <li key={item.to}>
                    <Link to={item.to} aria-current={item.to === current ? 'page' : undefined}>
                      {t(item.label)}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
            <div className="account-box">
              <span className="account-box__who">
                <span className="account-box__name">{account.name}</span>
                <span className="account-box__role">
                  {accountRoleLabel(account.role)}
                  {account.organisationName ? `, ${account.organisationName}` : ''}
                </span>
              </span>
              <Link
                to="/settings"
                className="button button--secondary button--small"
                aria-current={pathname === '/settings' ? 'page' : undefined}
              >
                {t('settings')}
              </Link>
              <button type="button" className="button button--secondary button--small" onClick={onSignOut}>
                {t('signOut')}
              </button>
            </div>
          </div>
        ) : null}
      </header>
      <main id="main" tabIndex={-1}>
        {notice ? (
          <div role="alert" className="notice notice--error">
            {notice}
          </div>
        ) : null}
        {children}
      </main>
    </>
  );
}
