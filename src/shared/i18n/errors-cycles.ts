import { catalogue } from './catalogue.ts';
import de from './de/errors-cycles.ts';
import en from './en/errors-cycles.ts';

export const errorsCyclesMessages = catalogue('errors-cycles', { en, de });
