// The CSV files the server reads (the participant import): what is wrong with a file, a line
// or a column, written to follow "line 3, column email:".
export default {
  saveAsUtf8:
    'Save the file again as UTF-8: in Excel, Save as → CSV UTF-8 (Comma delimited); in LibreOffice, Save as → Text CSV with the character set Unicode (UTF-8).',
  csvUtf16: 'is not UTF-8 text but UTF-16 ("Unicode Text" in Excel). {saveAs}',
  csvNul: 'is not UTF-8 text: it has NUL characters, as UTF-16 files do ("Unicode Text" in Excel). {saveAs}',
  csvLostCharacter:
    'has the character "�" in "{word}": a character was lost when the file was converted before. Type the right one in its place.',
  csvWindows1252:
    'is not UTF-8 text, first in "{word}" (read as Windows-1252, which Excel writes for plain CSV). {saveAs}',
  csvQuoteNotClosed: 'a quoted cell is never closed',
  csvAfterClosingQuote: 'unexpected "{character}" after a closing quote; put the whole cell in quotes',
  csvQuoteInCell: 'a quote (") may only start a cell; double it ("") inside a quoted cell',
  csvEmpty: 'the file is empty; it needs a header row',
  importFailed: 'The file has {total, plural, one {# error} other {# errors}}; nothing was imported.',
  importFailedFirstListed:
    'The file has {total, plural, one {# error} other {# errors}} (the first {shown} are listed); nothing was imported.',
  columnNoName: 'column {number} has no name',
  unknownColumn: 'unknown column; the columns are {columns} (or their German names: {germanColumns})',
  columnTwice: 'the column appears twice',
  columnTwiceAs: 'the column appears twice, as "{first}" and as "{name}"; keep one of them',
  columnMissing: 'required column is missing',
  noParticipants: 'the file has a header but no participants',
  cellCount: 'has {cells} cells but the header has {columns}; check for an unquoted {delimiter}',
  emailTwice: 'appears already on line {line}',
  organisationMissing: 'must name the organisation',
  organisationUnknown: 'no organisation is named "{name}"',
  organisationNotOwn: 'must be your own organisation or empty',
  organisationNotInCycle: '"{name}" does not take part in the cycle {cycle}',
  emailOfOtherOrganisation: 'belongs to a person of another organisation',
};
