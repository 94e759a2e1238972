import { catalogue } from './catalogue.ts';
import de from './de/tandem-health.ts';
import en from './en/tandem-health.ts';

export const tandemHealthMessages = catalogue('tandem-health', { en, de });
