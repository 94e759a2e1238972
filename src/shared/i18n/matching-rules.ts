import { catalogue } from './catalogue.ts';
import de from './de/matching-rules.ts';
import en from './en/matching-rules.ts';

export const matchingRulesMessages = catalogue('matching-rules', { en, de });
