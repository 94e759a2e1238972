import type { Translation } from '../catalogue.ts';
import type en from '../en/errors.ts';

export default {
  invalidRequest:
    '{context, select, body {Die Eingaben sind nicht gültig} querystring {Die Abfrage ist nicht gültig} params {Die Adresse ist nicht gültig} headers {Die Kopfzeilen der Anfrage sind nicht gültig} other {Die Anfrage ist nicht gültig}}: {path} {message}',
  invalidRequestNoDetails:
    '{context, select, body {Die Eingaben sind nicht gültig} querystring {Die Abfrage ist nicht gültig} params {Die Adresse ist nicht gültig} headers {Die Kopfzeilen der Anfrage sind nicht gültig} other {Die Anfrage ist nicht gültig}}',
  invalidFileBody: 'Die Datei ist nicht gültig: {message}',
  bodyTooLarge: 'Die Anfrage ist zu groß.',
  mediaTypeRefused:
    'Diese Art von Inhalt wird hier nicht angenommen; senden Sie application/json oder, um eine CSV-Datei hochzuladen, text/csv.',
  csvAsBody: 'Senden Sie die CSV-Datei selbst als Inhalt der Anfrage, mit Content-Type text/csv.',
  jsonBodyEmpty: 'Der JSON-Inhalt der Anfrage ist leer.',
  jsonBodyInvalid: 'Der Inhalt der Anfrage ist kein gültiges JSON: {reason}',
  jsonBodyInvalidAt: 'Der Inhalt der Anfrage ist kein gültiges JSON: {reason}.',
  contentLengthWrong: 'Die Kopfzeile Content-Length ist falsch.',
  contentTypeEmpty: 'Die Kopfzeile Content-Type ist leer.',
  contentTypeInvalid: 'Die Kopfzeile Content-Type ist nicht gültig.',
  addressInvalid: 'Die Adresse ist nicht gültig.',
  addressPartTooLong: 'Ein Teil der Adresse ist zu lang (höchstens 100 Zeichen).',
  addressNul: 'Die Adresse enthält ein NUL-Zeichen (%00), das hier nicht gespeichert werden kann.',
  bodyNul: 'Die Anfrage enthält ein NUL-Zeichen (\\u0000), das hier nicht gespeichert werden kann.',
  bodyLoneSurrogate:
    'Die Anfrage enthält ein einzelnes UTF-16-Surrogat: ein halbes Zeichen, das hier nicht gespeichert werden kann.',
  bodyLoneSurrogateIn:
    'Die Anfrage enthält in „{key}“ ein einzelnes UTF-16-Surrogat: ein halbes Zeichen, das hier nicht gespeichert werden kann.',
  csvNotUtf8: 'Die Datei ist kein UTF-8-Text; es wurde nichts importiert.',
  noRoute: 'Keine Route {method} {path}',
  unavailable: 'Der Dienst ist kurz nicht erreichbar. Bitte versuchen Sie es gleich noch einmal.',
  databaseNotAnswering: 'Die Datenbank antwortet nicht.',
  savedAtSameTime:
    'Das widerspricht einer Änderung, die gleichzeitig gespeichert wurde. Bitte laden Sie neu und versuchen Sie es noch einmal.',
  savedAtSameMoment:
    'Jemand anderes hat im selben Moment eine damit zusammenhängende Änderung gespeichert, daher wurde nichts gespeichert. Bitte versuchen Sie es noch einmal.',
  internal: 'Bei uns ist etwas schiefgegangen. Der Fehler wurde protokolliert.',
  originRejected: 'Anfragen, die Daten ändern, müssen von dieser Website kommen.',
  signInToContinue: 'Bitte melden Sie sich an, um fortzufahren.',
  roleRefused: 'Ihre Rolle erlaubt das nicht.',
  noOrganisation: 'Dieses Konto gehört zu keiner Organisation.',
  setupDone: 'Diese Installation ist bereits eingerichtet. Bitte melden Sie sich an.',
  signInWrong: 'E-Mail-Adresse oder Passwort sind nicht richtig.',
  signInRateLimited:
    'Zu viele fehlgeschlagene Anmeldungen. Bitte versuchen Sie es in {minutes, plural, one {# Minute} other {# Minuten}} erneut.',
  resetRateLimited:
    'Zu viele Anfragen zum Zurücksetzen des Passworts. Bitte versuchen Sie es in {minutes, plural, one {# Minute} other {# Minuten}} erneut.',
  resetLinkUsed: 'Dieser Link wurde bereits verwendet. Bei Bedarf können Sie einen neuen anfordern.',
  resetLinkSuperseded:
    'Für dieses Konto wurde inzwischen ein neuerer Link verschickt: Bitte verwenden Sie den Link aus der letzten Mail.',
  resetLinkExpired: 'Dieser Link ist nicht gültig oder abgelaufen. Bitte fordern Sie einen neuen an.',
  passwordLength: 'Das Passwort muss {min} bis {max} Zeichen lang sein.',
  passwordLengthField: 'muss {min} bis {max} Zeichen lang sein',
  passwordCommon: 'Dieses Passwort gehört zu den häufigsten; bitte wählen Sie ein anderes.',
  passwordCommonField: 'gehört zu den 10.000 häufigsten Passwörtern',
  notYourself:
    'Ihr eigenes Konto können Sie nicht deaktivieren oder herabstufen; bitten Sie eine andere Person aus der Koordination darum.',
  participantRoleFixed: 'Die Rolle eines Kontos für Teilnehmende lässt sich nicht ändern.',
  participantRoleFixedField: 'lässt sich bei Teilnehmenden nicht ändern',
  contactNeedsOrganisation:
    'Eine Ansprechperson braucht eine Organisation; laden Sie die Person stattdessen ein.',
  contactNeedsOrganisationField: 'braucht eine Organisation',
  digestForParticipants:
    'Die tägliche Zusammenfassung gibt es für Teilnehmende; Mails an die Koordination und an die Ansprechpersonen gehen immer einzeln hinaus.',
  digestForParticipantsField: 'gibt es nur für Teilnehmende',
  remindersForParticipants:
    'Automatische Erinnerungen gehen an Teilnehmende; die Koordination und die Ansprechpersonen erhalten keine, die sie abbestellen könnten.',
  remindersForParticipantsField: 'gibt es nur für Teilnehmende',
  unsubscribeLinkInvalid:
    'Dieser Abbestell-Link ist nicht gültig. Sie können Ihre Erinnerungen in Ihren Mail-Einstellungen wählen.',
  notFoundAccount: 'Das Konto wurde nicht gefunden',
  notFoundCycle: 'Der Durchgang wurde nicht gefunden',
  notFoundOrganisation: 'Die Organisation wurde nicht gefunden',
  notFoundOrganisationInCycle: 'Die Organisation wurde in diesem Durchgang nicht gefunden',
  notFoundParticipant: 'Die teilnehmende Person wurde nicht gefunden',
  notFoundPerson: 'Die Person wurde nicht gefunden',
  notFoundMentee: 'Die Person, die als Mentee teilnimmt, wurde nicht gefunden',
  notFoundMentor: 'Die Mentorin oder der Mentor wurde nicht gefunden',
  notFoundInvitation: 'Die Einladung wurde nicht gefunden',
  notFoundProfile: 'Das Profil wurde nicht gefunden',
  notFoundMatchRun: 'Der Matching-Lauf wurde nicht gefunden',
  notFoundPair: 'Das Paar wurde nicht gefunden',
  notFoundProposal: 'Der Vorschlag wurde nicht gefunden',
  notFoundProposals: 'Die Vorschläge wurden nicht gefunden',
  notFoundProposalForMentee: 'Für diese Person, die als Mentee teilnimmt, wurde kein Vorschlag gefunden',
  notFoundProposalsForBoth: 'Nicht für beide Mentees wurde ein Vorschlag gefunden',
  notFoundTandem: 'Das Tandem wurde nicht gefunden',
  notFoundGoal: 'Das Ziel wurde nicht gefunden',
  notFoundMilestone: 'Der Meilenstein wurde nicht gefunden',
  notFoundMeeting: 'Das Treffen wurde nicht gefunden',
  notFoundSurvey: 'Die Umfrage wurde nicht gefunden',
  notFoundEvent: 'Die Veranstaltung wurde nicht gefunden',
} satisfies Translation<typeof en>;
