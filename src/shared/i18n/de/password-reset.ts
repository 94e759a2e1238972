import type { Translation } from '../catalogue.ts';
import type en from '../en/password-reset.ts';

export default {
  forgotTitle: 'Passwort vergessen?',
  forgotIntro:
    'Geben Sie die E-Mail-Adresse an, mit der Sie sich anmelden. Wir schicken Ihnen dann einen Link, mit dem Sie ein neues Passwort festlegen können.',
  noMailDelivery:
    'Diese Installation verschickt noch keine Mails, daher können wir Ihnen keinen Link für ein neues Passwort schicken. Wenden Sie sich an die Koordination Ihres Programms: Wer crossmentor betreibt, kann den Mailversand (SMTP) einrichten. Danach können Sie hier einen Link anfordern.',
  backToSignIn: 'Zurück zur Anmeldung',
  email: 'E-Mail-Adresse',
  sendLink: 'Link zuschicken',
  sending: 'Wird gesendet …',
  linkSent:
    'Falls es ein Konto für {email} gibt, haben wir einen Link geschickt, mit dem Sie ein neues Passwort festlegen können. Er ist {minutes, plural, one {# Minute} other {# Minuten}} gültig und funktioniert nur einmal.',
  noMailYet:
    'Nach ein paar Minuten noch keine Mail? Sehen Sie in Ihrem Spam-Ordner nach oder fordern Sie den Link erneut an.',
  askAgain: 'Erneut anfordern',
  resetTitle: 'Neues Passwort festlegen',
  resetIntro: 'Wählen Sie ein neues Passwort für Ihr crossmentor-Konto.',
  linkIncomplete:
    'Diese Adresse enthält nicht den ganzen Link. Öffnen Sie den Link aus der Mail noch einmal oder kopieren Sie ihn vollständig.',
  chooseAnotherPassword: 'Bitte wählen Sie ein anderes Passwort.',
  passwordSet:
    'Ihr neues Passwort ist gespeichert und Sie sind angemeldet. Wer sonst mit Ihrem Konto angemeldet war, wurde abgemeldet.',
  continue: 'Weiter',
  linkUnusable: 'Dieser Link kann nicht verwendet werden.',
  linkValidity:
    'Links sind {minutes, plural, one {# Minute} other {# Minuten}} gültig und funktionieren nur einmal. <newLink>Fordern Sie einen neuen Link an</newLink> oder <signIn>melden Sie sich an</signIn>.',
  repeatMismatch: 'Die beiden Passwörter stimmen nicht überein.',
  newPassword: 'Neues Passwort',
  newPasswordHint:
    'Mindestens {min, plural, one {# Zeichen} other {# Zeichen}}. Häufig verwendete Passwörter werden abgelehnt.',
  repeatPassword: 'Neues Passwort wiederholen',
  settingPassword: 'Das Passwort wird gespeichert …',
  setPassword: 'Neues Passwort festlegen',
} satisfies Translation<typeof en>;
