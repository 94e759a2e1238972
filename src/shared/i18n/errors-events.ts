import { catalogue } from './catalogue.ts';
import de from './de/errors-events.ts';
import en from './en/errors-events.ts';

export const errorsEventsMessages = catalogue('errors-events', { en, de });
