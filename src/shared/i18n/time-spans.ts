import { catalogue } from './catalogue.ts';
import de from './de/time-spans.ts';
import en from './en/time-spans.ts';

export const timeSpansMessages = catalogue('time-spans', { en, de });
