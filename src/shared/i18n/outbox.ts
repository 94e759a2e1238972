import { catalogue } from './catalogue.ts';
import de from './de/outbox.ts';
import en from './en/outbox.ts';

export const outboxMessages = catalogue('outbox', { en, de });
