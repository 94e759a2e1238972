import { catalogue } from './catalogue.ts';
import de from './de/event-mails.ts';
import en from './en/event-mails.ts';

export const eventMailsMessages = catalogue('event-mails', { en, de });
