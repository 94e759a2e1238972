import type { Translation } from '../catalogue.ts';
import type en from '../en/mails.ts';

export default {
  agreementChangedSubject: '{editor} hat Ihre Tandem-Vereinbarung geändert',
  agreementChangedBody:
    'Guten Tag {name},\n\n{editor} hat Ihre Tandem-Vereinbarung geändert (Fassung {version}). Bitte lesen Sie die neue Fassung und unterschreiben Sie sie, wenn Sie einverstanden sind: {link}\n',
  agreementAwaitsSignatureSubject: '{signer} hat Ihre Tandem-Vereinbarung unterschrieben',
  agreementAwaitsSignatureBody:
    'Guten Tag {name},\n\n{signer} hat Ihre Tandem-Vereinbarung unterschrieben; es fehlt nur noch Ihre Unterschrift: {link}\n',
  agreementSignedSubject: 'Ihre Tandem-Vereinbarung ist unterschrieben',
  agreementSignedBody:
    'Guten Tag {name},\n\nSie und {partner} haben Ihre Tandem-Vereinbarung beide unterschrieben. Ziele, Rhythmus und Vertraulichkeit finden Sie hier: {link}\n',

  passwordResetSubject: 'Neues Passwort für crossmentor',
  passwordResetBody:
    'Guten Tag {name},\n\nIhr Konto bei crossmentor soll ein neues Passwort bekommen – wahrscheinlich haben Sie es selbst angefordert. Über diesen Link legen Sie es fest; er ist {validMinutes, plural, one {# Minute} other {# Minuten}} gültig und funktioniert nur einmal:\n\n{link}\n\nWenn Sie kein neues Passwort angefordert haben, können Sie diese Mail ignorieren: Ihr Passwort bleibt unverändert.\n',

  invitationSubject: 'Einladung zu crossmentor ({organisationName})',
  invitationBody:
    'Guten Tag {name},\n\n{inviterName} lädt Sie zum Cross-Mentoring-Programm auf crossmentor ein.\nBitte legen Sie innerhalb von {validDays, plural, one {# Tag} other {# Tagen}} Ihr Passwort fest:\n\n{link}\n',

  proposalsToApproveSubject: 'Tandem-Vorschläge zur Freigabe: {cycleName}',
  proposalsToApproveBody:
    'Guten Tag {name},\n\n{count, plural, one {Sie haben in {cycleName} einen Tandem-Vorschlag zur Freigabe. Er betrifft eine Person aus Ihrer Organisation, die als Mentee teilnimmt.\nBitte prüfen Sie den Vorschlag: {link}} other {Sie haben in {cycleName} # Tandem-Vorschläge zur Freigabe. Die Vorschläge betreffen Mentees aus Ihrer Organisation.\nBitte prüfen Sie die Vorschläge: {link}}}\n',

  meetingWhen: '{dateTime} Uhr ({offset}, {timeZone})',
  meetingDetailWhen: 'Wann: {when}',
  meetingDetailDuration: 'Dauer: {minutes, plural, one {# Minute} other {# Minuten}}',
  meetingDetailPlace: 'Ort: {place}',
  meetingDetailVideoLink: 'Videolink: {videoLink}',
  meetingProposedSubject: '{proposer} schlägt ein Treffen vor',
  meetingProposedBody:
    'Guten Tag {name},\n\n{proposer} schlägt ein Treffen vor:\n\n{details}\n\nBitte nehmen Sie den Termin an oder schlagen Sie eine andere Zeit vor: {link}\n',
  meetingAnotherTimeSubject: '{proposer} schlägt eine andere Zeit für Ihr Treffen vor',
  meetingAnotherTimeBody:
    'Guten Tag {name},\n\n{proposer} schlägt eine andere Zeit für Ihr Treffen vor:\n\n{details}\n\nBitte nehmen Sie den Termin an oder schlagen Sie eine andere Zeit vor: {link}\n',
  meetingConfirmedSubject: 'Treffen bestätigt: {when}',
  meetingConfirmedBody:
    'Guten Tag {name},\n\nIhr Treffen mit {partner} ist bestätigt:\n\n{details}\n\nDie Kalendereinladung ist angehängt. Zum Tandem: {link}\n',
  meetingMovedSubject: 'Treffen verschoben: {when}',
  meetingMovedBody:
    'Guten Tag {name},\n\nIhr Treffen mit {partner} soll zu einer neuen Zeit stattfinden; die neue Zeit ist noch nicht von beiden bestätigt:\n\n{details}\n\nDie aktualisierte Kalendereinladung ist angehängt. Zum Tandem: {link}\n',
  meetingCancelledSubject: 'Treffen abgesagt: {when}',
  meetingCancelledBody:
    'Guten Tag {name},\n\n{cancelledBy} hat das Treffen am {when} abgesagt.\nSie können jederzeit ein neues Treffen vorschlagen: {link}\n',
  meetingCancelledByYouBody:
    'Guten Tag {name},\n\nSie haben das Treffen am {when} abgesagt.\nSie können jederzeit ein neues Treffen vorschlagen: {link}\n',

  profileReminderSubject: 'Bitte vervollständigen Sie Ihr Profil für {cycleName}',
  profileReminderBody:
    'Guten Tag {name},\n\nIhr Profil für das Cross-Mentoring-Programm {cycleName} ist noch nicht vollständig. Auf seiner Grundlage finden wir {role, select, mentee {Ihre Mentorin oder Ihren Mentor} other {Ihr Tandem}}.\nBitte füllen Sie es aus: {link}\n',

  meetingReminderSubject: 'Zeit für ein Treffen mit {partner}',
  meetingReminderBody:
    'Guten Tag {name},\n\nIhr letztes Tandem-Treffen mit {partner} war am {lastMeeting}, und es ist kein Treffen geplant.\nSchlagen Sie doch einen Termin vor: {link}\n',
  meetingReminderNotMetBody:
    'Guten Tag {name},\n\nSie und {partner} haben sich noch nicht getroffen, und es ist kein Treffen geplant.\nSchlagen Sie doch einen Termin vor: {link}\n',
  agreementReminderSubject: 'Ihre Tandem-Vereinbarung ist noch nicht unterschrieben',
  agreementReminderUnsignedBody:
    'Guten Tag {name},\n\nSie haben die Vereinbarung Ihres Tandems mit {partner} noch nicht unterschrieben.\nBitte holen Sie das nach: {link}\n',
  agreementReminderMissingBody:
    'Guten Tag {name},\n\nSie und {partner} haben noch keine Tandem-Vereinbarung (Ziele, Rhythmus, Vertraulichkeit).\nBitte holen Sie das nach: {link}\n',
  surveyReminderSubject: 'Ihre Meinung zählt: {surveyTitle}',
  surveyReminderBody:
    'Guten Tag {name},\n\nSie haben die Umfrage „{surveyTitle}“ zu {cycleName} noch nicht beantwortet. Das Ausfüllen dauert nur wenige Minuten; Sie können bis einschließlich {lastDay} antworten.\nZur Umfrage: {link}\n',

  tandemPublishedSubject: 'Ihr Tandem in {cycleName}',
  tandemPublishedBody:
    'Guten Tag {name},\n\nSie und {partner} bilden in {cycleName} ein Tandem. Herzlich willkommen!\nProfil und erste Schritte: {link}\n',
  tandemDissolvedSubject: 'Ihr Tandem in {cycleName} ist beendet',
  tandemDissolvedBody:
    'Guten Tag {name},\n\nIhr Tandem in {cycleName} wurde von der Koordination beendet. Grund: {reason}\n',
  tandemRematchedSubject: 'Ihr neues Tandem in {cycleName}',
  tandemRematchedBody:
    'Guten Tag {name},\n\nSie bilden in {cycleName} ab jetzt ein neues Tandem mit {partner}.\nZum Profil: {link}\n',

  alumniInvitationSubject: 'Einladung zu {cycleName}',
  alumniInvitationBody:
    'Guten Tag {name},\n\nSie haben in {lastCycleName} als Mentorin oder Mentor mitgewirkt, vielen Dank dafür! Die Koordination lädt Sie ein, vom {startsOn} bis zum {endsOn} in {cycleName} wieder als Mentorin oder Mentor teilzunehmen. Wenn Sie annehmen, wird Ihr Profil vom letzten Mal übernommen; Sie können es danach anpassen.\nBitte nehmen Sie die Einladung auf Ihrer Programmseite an oder lehnen Sie sie ab: {link}\n',

  footerSettings: 'Sprache der Mails, tägliche Zusammenfassung und Erinnerungen: {link}',
  footerStop:
    '{reminder, select, meeting {Erinnerungen an Treffen} agreement {Erinnerungen an die Tandem-Vereinbarung} profile {Erinnerungen an Ihr Profil} survey {Erinnerungen an Umfragen} other {Alle automatischen Erinnerungen}} abbestellen: {link}',

  digestSubject: 'crossmentor: {count, plural, one {# Neuigkeit} other {# Neuigkeiten}}',
  digestIntro: 'Das ist seit Ihrer letzten Zusammenfassung in Ihrem Mentoring-Programm geschehen.',
} satisfies Translation<typeof en>;
