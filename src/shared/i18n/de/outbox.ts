import type { Translation } from '../catalogue.ts';
import type en from '../en/outbox.ts';

export default {
  title: 'Postausgang',
  intro:
    'Nachrichten, die crossmentor per Mail verschicken würde. Sie bleiben hier, bis der Mailversand eingerichtet ist.',
  deliveryPending: 'Wartet auf den Versand',
  deliverySent: 'Gesendet',
  deliveryFailed: 'Nicht zugestellt',
  deliveryHeld: 'Wartet auf die tägliche Zusammenfassung',
  deliveryDigested: 'In einer Zusammenfassung gesendet',
  sentAt: 'Gesendet am {when}',
  withAttempts: '{state} ({attempts, plural, one {# Versuch} other {# Versuche}})',
  meta: 'An <b>{recipient}</b>, {created} · {kind} · {delivery}',
  lastError: 'Letzter Fehler: {error}',
  bodyDelivered: 'Zugestellt: Der Text ist nur für die Person bestimmt, die ihn erhält.',
  bodyRecipientOnly:
    'Enthält einen einmaligen Link, der nur für die Person bestimmt ist, die ihn erhält. Der Text wird daher nicht angezeigt.',
  filterLabel: 'Postausgang filtern',
  recipient: 'Empfängerin oder Empfänger',
  recipientHint: 'Ein Teil der Adresse oder des Namens',
  search: 'Suchen',
  kind: 'Art',
  allKinds: 'Alle Arten',
  delivery: 'Zustellung',
  anyDelivery: 'Jeder Zustellstatus',
  clearFilters: 'Filter zurücksetzen',
  loading: 'Der Postausgang wird geladen …',
  emptyNone: 'Noch keine Nachrichten. Einladungen, Erinnerungen und Nachrichten zu Tandems erscheinen hier.',
  emptyFiltered:
    '{filters, select, state {Keine Nachrichten mit dem Status „{state}“.} kind {Keine Nachrichten der Art „{kind}“.} q {Keine Nachrichten an eine Adresse oder einen Namen mit „{q}“.} stateKind {Keine Nachrichten mit dem Status „{state}“ und der Art „{kind}“.} stateQ {Keine Nachrichten mit dem Status „{state}“ an eine Adresse oder einen Namen mit „{q}“.} kindQ {Keine Nachrichten der Art „{kind}“ an eine Adresse oder einen Namen mit „{q}“.} other {Keine Nachrichten mit dem Status „{state}“ und der Art „{kind}“ an eine Adresse oder einen Namen mit „{q}“.}}',
  pastLastPage: 'Seite {page} liegt hinter der letzten Seite.',
  goToLastPage: 'Zur letzten Seite',
  countAll: '{total, plural, one {# Nachricht} other {# Nachrichten}}.',
  countSlice: 'Angezeigt: {first, number}–{last, number} von {total, number}.',
  pagesLabel: 'Seiten des Postausgangs',
  previousPage: 'Vorherige Seite',
  pageOf: 'Seite {page} von {pages}',
  nextPage: 'Nächste Seite',
} satisfies Translation<typeof en>;
