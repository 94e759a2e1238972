import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/build-test-app.ts';
import { type Consortium, createConsortium, TEST_PASSWORD } from '../../../../test/factories.ts';
import { callApi } from '../../../../test/http.ts';
import { SESSION_COOKIE } from '../../http/authenticate.ts';

let t: TestApp;
let c: Consortium;
beforeEach(async () => {
  t = await buildTestApp();
  c = await createConsortium(t.db, t.clock.now());
});
afterEach(() => t.close());

const NEW_PASSWORD = 'a brand new passphrase';

function requestReset(email: string, ip = '10.0.0.1') {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/password-reset',
    payload: { email },
    remoteAddress: ip,
  });
}

function confirmReset(token: string, password = NEW_PASSWORD) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/password-reset/confirm',
    payload: { token, password },
    remoteAddress: '10.0.0.1',
  });
}

function signIn(email: string, password: string) {
  return t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email, password } });
}

function cookieOf(response: Awaited<ReturnType<typeof signIn>>) {
  const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE);
  return cookie ? `${SESSION_COOKIE}=${cookie.value}` : '';
}

function sessionWith(cookie: string) {
  return t.app.inject({ url: '/api/v1/auth/session', headers: { cookie } });
}

function resetMails(to: string) {
  return t.db
    .selectFrom('outbox')
    .select(['recipient', 'subject', 'body', 'kind'])
    .where('kind', '=', 'password_reset')
    .where('recipient', '=', to)
    .orderBy('created_at')
    .execute();
}

/** The token of the last reset link mailed to the address, read back from the mail's text. */
async function mailedToken(to: string): Promise<string> {
  const mails = await resetMails(to);
  const link = /^https?:\/\/\S+\/password-reset\/confirm#([A-Za-z0-9_-]{43})$/m.exec(
    mails.at(-1)?.body ?? '',
  );
  expect(link, 'the mail carries a reset link').not.toBeNull();
  return link![1]!;
}

describe('asking for a password reset', () => {
  it('answers an unknown address exactly as a known one, and mails only the known one', async () => {
    const known = await requestReset('hr@alpha.example');
    const unknown = await requestReset('nobody@alpha.example');
    expect(known.statusCode).toBe(202);
    expect(unknown.statusCode).toBe(202);
    expect(unknown.body).toBe(known.body);
    expect(unknown.json()).toEqual({ ok: true });
    expect(await resetMails('nobody@alpha.example')).toEqual([]);
    const [mail] = await resetMails('hr@alpha.example');
    expect(mail?.subject).toBe('Set a new crossmentor password');
    expect(mail?.body).toContain('valid for 30 minutes');
    expect(mail?.body).toContain('If you did not ask for a new password');
  });

  it('writes the mail in the account’s language, formally in German', async () => {
    await t.db
      .updateTable('accounts')
      .set({ mail_language: 'de' })
      .where('email', '=', 'hr@alpha.example')
      .execute();
    await requestReset('hr@alpha.example');
    const [mail] = await resetMails('hr@alpha.example');
    expect(mail?.subject).toBe('Neues Passwort für crossmentor');
    expect(mail?.body).toMatch(/^Guten Tag /);
    expect(mail?.body).toContain('30 Minuten gültig');
    expect(mail?.body).toContain('Wenn Sie kein neues Passwort angefordert haben');
  });

  it('rate-limits requests per address with Retry-After, known address or not', async () => {
    for (const email of ['hr@alpha.example', 'nobody@alpha.example']) {
      for (let i = 0; i < 3; i++) expect((await requestReset(email)).statusCode).toBe(202);
      const limited = await requestReset(email);
      expect(limited.statusCode).toBe(429);
      expect(limited.json().error.code).toBe('rate_limited');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    }
    t.clock.advance(16 * 60 * 1000);
    expect((await requestReset('hr@alpha.example')).statusCode).toBe(202);
  });

  it('rate-limits requests per IP address across addresses', async () => {
    for (let i = 0; i < 20; i++)
      expect((await requestReset(`guess${i}@alpha.example`, '10.9.9.9')).statusCode).toBe(202);
    expect((await requestReset('hr@alpha.example', '10.9.9.9')).statusCode).toBe(429);
    expect((await requestReset('hr@alpha.example', '10.1.1.1')).statusCode).toBe(202);
  });

  it('mails nothing for a disabled account, with the same answer', async () => {
    await t.db
      .updateTable('accounts')
      .set({ disabled: true })
      .where('email', '=', 'hr@alpha.example')
      .execute();
    const response = await requestReset('hr@alpha.example');
    expect(response.statusCode).toBe(202);
    expect(response.json()).toEqual({ ok: true });
    expect(await resetMails('hr@alpha.example')).toEqual([]);
  });

  it('never shows the link to staff: the outbox withholds its text even before delivery', async () => {
    await requestReset('hr@alpha.example');
    const token = await mailedToken('hr@alpha.example');

    const outbox = await callApi(t, c.cookies.coordinator, 'GET', '/api/v1/outbox?kind=password_reset');

    expect(outbox.status).toBe(200);
    expect(outbox.body.messages).toEqual([
      expect.objectContaining({ recipient: 'hr@alpha.example', status: 'pending', body: null }),
    ]);
    expect(JSON.stringify(outbox.body)).not.toContain(token);
  });

  it('lets requests for one address arriving at once take turns: the limit holds and one link works', async () => {
    // On PostgreSQL these run in concurrent transactions (on PGlite one after another).
    const answers = await Promise.all(Array.from({ length: 6 }, () => requestReset('hr@alpha.example')));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([202, 202, 202, 429, 429, 429]);
    const working = await t.db
      .selectFrom('password_reset_tokens')
      .select('id')
      .where('used_at', 'is', null)
      .where('superseded_at', 'is', null)
      .execute();
    expect(working).toHaveLength(1);
  });

  it('keeps only the hash of the token', async () => {
    await requestReset('hr@alpha.example');
    const token = await mailedToken('hr@alpha.example');
    const rows = await t.db.selectFrom('password_reset_tokens').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(token);
  });
});

describe('setting the new password with the link', () => {
  it('sets the password, signs in afresh and works only once', async () => {
    await requestReset('hr@alpha.example');
    const token = await mailedToken('hr@alpha.example');
    const reset = await confirmReset(token);
    expect(reset.statusCode).toBe(200);
    expect(reset.json().account).toMatchObject({ email: 'hr@alpha.example' });
    expect((await sessionWith(cookieOf(reset))).statusCode).toBe(200);
    expect((await signIn('hr@alpha.example', TEST_PASSWORD)).statusCode).toBe(401);
    expect((await signIn('hr@alpha.example', NEW_PASSWORD)).statusCode).toBe(200);

    const again = await confirmReset(token, 'yet another passphrase');
    expect(again.statusCode).toBe(404);
    expect(again.json().error).toMatchObject({ code: 'reset_link_invalid' });
    expect(again.json().error.message).toMatch(/used already/);
    expect((await signIn('hr@alpha.example', NEW_PASSWORD)).statusCode).toBe(200);
  });

  it('ends every other session of the account', async () => {
    const laptop = cookieOf(await signIn('hr@alpha.example', TEST_PASSWORD));
    const phone = cookieOf(await signIn('hr@alpha.example', TEST_PASSWORD));
    const other = cookieOf(await signIn('hr@beta.example', TEST_PASSWORD));
    await requestReset('hr@alpha.example');
    const reset = await confirmReset(await mailedToken('hr@alpha.example'));
    expect(reset.statusCode).toBe(200);
    expect((await sessionWith(laptop)).statusCode).toBe(401);
    expect((await sessionWith(phone)).statusCode).toBe(401);
    expect((await sessionWith(other)).statusCode).toBe(200);
  });

  it('refuses a link older than 30 minutes', async () => {
    await requestReset('hr@alpha.example');
    const token = await mailedToken('hr@alpha.example');
    t.clock.advance(30 * 60 * 1000 + 1000);
    const late = await confirmReset(token);
    expect(late.statusCode).toBe(404);
    expect(late.json().error).toMatchObject({ code: 'reset_link_invalid' });
    expect(late.json().error.message).toMatch(/expired/);
    expect((await signIn('hr@alpha.example', TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('still takes a link at 29 minutes', async () => {
    await requestReset('hr@alpha.example');
    const token = await mailedToken('hr@alpha.example');
    t.clock.advance(29 * 60 * 1000);
    expect((await confirmReset(token)).statusCode).toBe(200);
  });

  it('refuses an unknown token with the same code', async () => {
    const response = await confirmReset('A'.repeat(43));
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('reset_link_invalid');
  });

  it('makes an older link stop working when a newer one is asked for', async () => {
    await requestReset('hr@alpha.example');
    const first = await mailedToken('hr@alpha.example');
    await requestReset('hr@alpha.example');
    const second = await mailedToken('hr@alpha.example');
    expect(second).not.toBe(first);
    // The older mail had not gone out yet: it is withdrawn, so only the working link is sent.
    expect(await resetMails('hr@alpha.example')).toHaveLength(1);
    const old = await confirmReset(first);
    expect(old.statusCode).toBe(404);
    expect(old.json().error.message).toMatch(/newer link/);
    expect((await confirmReset(second)).statusCode).toBe(200);
  });

  it('refuses a password the rules reject and leaves the link usable', async () => {
    await requestReset('hr@alpha.example');
    const token = await mailedToken('hr@alpha.example');
    const common = await confirmReset(token, '1qaz2wsx3edc');
    expect(common.statusCode).toBe(422);
    expect(common.json().error.code).toBe('password_rejected');
    const short = await confirmReset(token, 'too short');
    expect(short.statusCode).toBe(400);
    expect((await confirmReset(token)).statusCode).toBe(200);
  });

  it('records the request and the reset in the audit log', async () => {
    await requestReset('nobody@alpha.example');
    await requestReset('hr@alpha.example');
    await confirmReset(await mailedToken('hr@alpha.example'));
    const rows = await t.db
      .selectFrom('audit_log')
      .select(['action', 'actor_email', 'ip', 'details'])
      .where('action', 'like', 'auth.password_reset%')
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      {
        action: 'auth.password_reset_requested',
        actor_email: 'nobody@alpha.example',
        ip: '10.0.0.1',
        details: { mailed: false },
      },
      {
        action: 'auth.password_reset_requested',
        actor_email: 'hr@alpha.example',
        ip: '10.0.0.1',
        details: { mailed: true },
      },
      { action: 'auth.password_reset', actor_email: 'hr@alpha.example', ip: '10.0.0.1', details: {} },
    ]);
  });
});
