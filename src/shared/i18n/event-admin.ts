import { catalogue } from './catalogue.ts';
import de from './de/event-admin.ts';
import en from './en/event-admin.ts';

export const eventAdminMessages = catalogue('event-admin', { en, de });
