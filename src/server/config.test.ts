import { describe, expect, it } from 'vitest';
import { readSettings } from './config.ts';

describe('settings from the environment', () => {
  it('take the public origin as an origin, without a trailing slash', () => {
    expect(readSettings({ PUBLIC_ORIGIN: 'https://mentoring.example.org/' }).app.publicOrigin).toBe(
      'https://mentoring.example.org',
    );
    expect(readSettings({ PUBLIC_ORIGIN: 'http://127.0.0.1:3000' }).app.publicOrigin).toBe(
      'http://127.0.0.1:3000',
    );
    expect(readSettings({}).app.publicOrigin).toBeNull();
  });

  it('require PUBLIC_ORIGIN once mail goes out, so no link in a mail comes from a Host header', () => {
    expect(() => readSettings({ SMTP_HOST: 'mail.example.org' })).toThrow(/PUBLIC_ORIGIN must be set/);
    expect(
      readSettings({ SMTP_HOST: 'mail.example.org', PUBLIC_ORIGIN: 'https://m.example.org' }).app
        .publicOrigin,
    ).toBe('https://m.example.org');
  });

  it('take MAIL_FROM as the platform’s address, the organiser of calendar entries', () => {
    expect(readSettings({ MAIL_FROM: ' crossmentor <mentoring@example.org> ' }).app.mailFrom).toBe(
      'crossmentor <mentoring@example.org>',
    );
    expect(readSettings({}).app.mailFrom).toBeNull();
  });

  it('say whether mail leaves the installation: only with SMTP_HOST', () => {
    expect(
      readSettings({ SMTP_HOST: 'mail.example.org', PUBLIC_ORIGIN: 'https://m.example.org' }).app
        .mailDelivery,
    ).toBe(true);
    expect(readSettings({ MAIL_FROM: 'crossmentor <mentoring@example.org>' }).app.mailDelivery).toBe(false);
  });

  it('refuse a public origin that is not one', () => {
    expect(() => readSettings({ PUBLIC_ORIGIN: 'mentoring.example.org' })).toThrow(/like https:/);
    expect(() => readSettings({ PUBLIC_ORIGIN: 'https://example.org/mentoring' })).toThrow(/no path/);
    expect(() => readSettings({ PUBLIC_ORIGIN: 'ftp://example.org' })).toThrow(/origin only/);
  });
});
