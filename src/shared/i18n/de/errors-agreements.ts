import type { Translation } from '../catalogue.ts';
import type en from '../en/errors-agreements.ts';

export default {
  saveBeforeSigning: 'Speichern Sie die Vereinbarung, bevor Sie sie unterschreiben.',
  goalRemoved: 'Dieses Ziel wurde aus der Vereinbarung genommen; es kann nicht mehr geändert werden.',
  milestonesFull: 'Ein Ziel hat höchstens {max} Meilensteine; entfernen Sie zuerst einen.',
  agreementChanged:
    'Die Tandem-Vereinbarung wurde geändert, seit Sie sie geladen haben. Laden Sie sie neu, sehen Sie sich die Änderungen an und versuchen Sie es noch einmal.',
  tandemSettingsChanged:
    'Die Tandem-Einstellungen des Durchgangs wurden geändert, seit Sie sie geladen haben. Laden Sie sie neu, um die Änderung zu sehen, und nehmen Sie Ihre dann erneut vor.',
} satisfies Translation<typeof en>;
