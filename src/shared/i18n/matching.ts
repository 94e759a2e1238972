import { catalogue } from './catalogue.ts';
import de from './de/matching.ts';
import en from './en/matching.ts';

export const matchingMessages = catalogue('matching', { en, de });
