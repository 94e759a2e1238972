import type { Translation } from '../catalogue.ts';
import type en from '../en/errors-meetings.ts';

export default {
  tandemEnded: 'Dieses Tandem ist beendet; es kann nicht mehr geändert werden.',
  cancelledProposeNew: 'Dieses Treffen wurde abgesagt; schlagen Sie stattdessen ein neues vor.',
  heldAlready: 'Dieses Treffen hat bereits stattgefunden.',
  acceptedAlready: 'Dieses Treffen ist bereits angenommen.',
  ownProposal: 'Sie haben diese Zeit vorgeschlagen; {partner} nimmt sie an oder schlägt eine andere vor.',
  timePassed:
    'Diese Zeit ist vorbei; schlagen Sie eine andere Zeit vor oder tragen Sie das Treffen als stattgefunden ein.',
  notStartedYet:
    'Dieses Treffen hat noch nicht begonnen; tragen Sie es als stattgefunden ein, sobald es stattgefunden hat.',
  cancelledNotes: 'Dieses Treffen wurde abgesagt; seine Notizen können nicht geändert werden.',
  fieldProblem: '{path} {message}',
  unknownTimeZone: 'ist keine bekannte Zeitzone',
  timeMissingInZone:
    'gibt es in {zone} nicht (kein Kalenderdatum, oder beim Umstellen auf die Sommerzeit übersprungen)',
  heldStillToCome:
    'liegt noch in der Zukunft; ein Treffen kann als stattgefunden eingetragen werden, sobald es begonnen hat',
  passedProposeOrLog:
    'ist vorbei; schlagen Sie eine künftige Zeit vor oder tragen Sie das Treffen als stattgefunden ein',
  passedPropose: 'ist vorbei; schlagen Sie eine künftige Zeit vor',
} satisfies Translation<typeof en>;
