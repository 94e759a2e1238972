import type { Translation } from '../catalogue.ts';
import type en from '../en/not-found.ts';

export default {
  title: 'Seite nicht gefunden',
  text: 'Diese Seite gibt es nicht, oder sie steht Ihrem Konto nicht zur Verfügung.',
  goToStart: 'Zur Startseite',
} satisfies Translation<typeof en>;
