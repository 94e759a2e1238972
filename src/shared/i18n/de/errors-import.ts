import type { Translation } from '../catalogue.ts';
import type en from '../en/errors-import.ts';

export default {
  saveAsUtf8:
    'Speichern Sie die Datei erneut als UTF-8: in Excel mit Speichern unter → CSV UTF-8 (durch Trennzeichen getrennt); in LibreOffice mit Speichern unter → Text CSV mit dem Zeichensatz Unicode (UTF-8).',
  csvUtf16: 'ist kein UTF-8-Text, sondern UTF-16 („Unicode-Text“ in Excel). {saveAs}',
  csvNul:
    'ist kein UTF-8-Text, denn sie enthält NUL-Zeichen wie UTF-16-Dateien („Unicode-Text“ in Excel). {saveAs}',
  csvLostCharacter:
    'enthält das Zeichen „�“ in „{word}“: Ein Zeichen ging bei einer früheren Umwandlung der Datei verloren. Tippen Sie an seiner Stelle das richtige ein.',
  csvWindows1252:
    'ist kein UTF-8-Text, zuerst in „{word}“ (gelesen als Windows-1252, das Excel für einfaches CSV schreibt). {saveAs}',
  csvQuoteNotClosed: 'eine Zelle in Anführungszeichen wird nie geschlossen',
  csvAfterClosingQuote:
    'unerwartetes „{character}“ nach einem schließenden Anführungszeichen; setzen Sie die ganze Zelle in Anführungszeichen',
  csvQuoteInCell:
    'ein Anführungszeichen (") darf nur am Anfang einer Zelle stehen; verdoppeln Sie es ("") innerhalb einer Zelle in Anführungszeichen',
  csvEmpty: 'die Datei ist leer; sie braucht eine Kopfzeile',
  importFailed: 'Die Datei hat {total, plural, one {# Fehler} other {# Fehler}}; es wurde nichts importiert.',
  importFailedFirstListed:
    'Die Datei hat {total, plural, one {# Fehler} other {# Fehler}} (die ersten {shown} sind aufgeführt); es wurde nichts importiert.',
  columnNoName: 'Spalte {number} hat keinen Namen',
  unknownColumn: 'unbekannte Spalte; die Spalten heißen {columns} (oder auf Deutsch: {germanColumns})',
  columnTwice: 'die Spalte kommt zweimal vor',
  columnTwiceAs: 'die Spalte kommt zweimal vor, als „{first}“ und als „{name}“; behalten Sie eine davon',
  columnMissing: 'eine nötige Spalte fehlt',
  noParticipants: 'die Datei hat eine Kopfzeile, aber keine Teilnehmenden',
  cellCount:
    'hat {cells} Zellen, die Kopfzeile aber {columns}; prüfen Sie, ob ein {delimiter} ohne Anführungszeichen steht',
  emailTwice: 'steht bereits in Zeile {line}',
  organisationMissing: 'muss die Organisation nennen',
  organisationUnknown: 'keine Organisation heißt „{name}“',
  organisationNotOwn: 'muss Ihre eigene Organisation sein oder leer bleiben',
  organisationNotInCycle: '„{name}“ nimmt nicht am Durchgang {cycle} teil',
  emailOfOtherOrganisation: 'gehört einer Person aus einer anderen Organisation',
} satisfies Translation<typeof en>;
