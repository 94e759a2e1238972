import type { Translation } from '../catalogue.ts';
import type en from '../en/errors-tandems.ts';

export default {
  noOrganisation: 'Dieses Konto gehört zu keiner Organisation.',
  tandemEnded: 'Dieses Tandem ist beendet; es kann nicht mehr geändert werden.',
  dissolvedAlready: 'Dieses Tandem ist bereits aufgelöst.',
  activeTandemAlready: '{name} ist bereits in einem aktiven Tandem.',
  menteeInActiveTandem: 'Diese Person ist als Mentee in einem aktiven Tandem; lösen Sie es zuerst auf.',
} satisfies Translation<typeof en>;
