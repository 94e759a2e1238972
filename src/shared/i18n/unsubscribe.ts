import { catalogue } from './catalogue.ts';
import de from './de/unsubscribe.ts';
import en from './en/unsubscribe.ts';

export const unsubscribeMessages = catalogue('unsubscribe', { en, de });
