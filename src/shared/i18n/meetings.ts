import { catalogue } from './catalogue.ts';
import de from './de/meetings.ts';
import en from './en/meetings.ts';

export const meetingsMessages = catalogue('meetings', { en, de });
