import { catalogue } from './catalogue.ts';
import de from './de/matching-reasons.ts';
import en from './en/matching-reasons.ts';

export const matchingReasonsMessages = catalogue('matching-reasons', { en, de });
