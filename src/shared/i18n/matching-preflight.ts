import { catalogue } from './catalogue.ts';
import de from './de/matching-preflight.ts';
import en from './en/matching-preflight.ts';

export const matchingPreflightMessages = catalogue('matching-preflight', { en, de });
