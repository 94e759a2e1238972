import { catalogue } from './catalogue.ts';
import de from './de/cycles.ts';
import en from './en/cycles.ts';

export const cyclesMessages = catalogue('cycles', { en, de });
