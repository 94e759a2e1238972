import { catalogue } from './catalogue.ts';
import de from './de/events.ts';
import en from './en/events.ts';

export const eventsMessages = catalogue('events', { en, de });
