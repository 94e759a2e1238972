import type { Translation } from '../catalogue.ts';
import type en from '../en/errors-organisations.ts';

export default {
  stillInUse:
    '{name} hat noch {people, plural, one {# Person} other {# Personen}} und nimmt an {cycles, plural, one {# Durchgang} other {# Durchgängen}} teil; entfernen Sie diese zuerst.',
  ownCompetitor: 'Eine Organisation kann nicht ihr eigener Wettbewerber sein.',
  ownCompetitorField: 'darf die Organisation selbst nicht enthalten',
  unknownCompetitor: 'Eine der Wettbewerber-Organisationen gibt es nicht.',
  unknownCompetitorField: 'enthält eine unbekannte Organisation',
  nameTaken: 'Eine Organisation mit dem Namen „{name}“ gibt es bereits.',
  organisationChanged:
    'Diese Organisation wurde geändert, seit Sie sie geladen haben. Laden Sie sie neu, um die Änderung zu sehen, und nehmen Sie Ihre dann erneut vor.',
} satisfies Translation<typeof en>;
