import type { Translation } from '../catalogue.ts';
import type en from '../en/sign-in.ts';

export default {
  title: 'Anmelden',
  email: 'E-Mail-Adresse',
  password: 'Passwort',
  submit: 'Anmelden',
  submitting: 'Anmeldung läuft …',
  rateLimitedWait:
    '{message} Bitte versuchen Sie es in {seconds, plural, one {# Sekunde} other {# Sekunden}} erneut.',
  rateLimitedWaitMinutes:
    '{message} Bitte versuchen Sie es in {minutes, plural, one {# Minute} other {# Minuten}} erneut.',
  forgotPassword: 'Passwort vergessen?',
  noAccount:
    'Noch kein Konto? Konten entstehen durch eine Einladung: Wenden Sie sich an die Koordination oder an die Ansprechperson Ihrer Organisation.',
} satisfies Translation<typeof en>;
