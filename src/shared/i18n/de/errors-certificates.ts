import type { Translation } from '../catalogue.ts';
import type en from '../en/errors-certificates.ts';

export default {
  noCertificate:
    'Für diese Teilnahme gibt es keine Teilnahmebescheinigung: Sie wird nach dem Abschluss des Durchgangs ausgestellt, wenn das Tandem mindestens bis zur Mitte des Durchgangs bestand.',
  certificateWithheld:
    'Diese Teilnahmebescheinigung hält die Koordination des Programms zurück. Bitte wenden Sie sich bei Fragen an die Koordination.',
  notCompleted:
    'Diese Teilnahme hat den Durchgang nicht abgeschlossen; es gibt keine Teilnahmebescheinigung, die zurückgehalten oder neu ausgestellt werden könnte.',
  nothingToReissue:
    'Diese Teilnahmebescheinigung hat noch keine Nummer: Sie erhält eine beim ersten Herunterladen, daher gibt es nichts neu auszustellen.',
} satisfies Translation<typeof en>;
