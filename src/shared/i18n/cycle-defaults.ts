import { catalogue } from './catalogue.ts';
import de from './de/cycle-defaults.ts';
import en from './en/cycle-defaults.ts';

export const cycleDefaultsMessages = catalogue('cycle-defaults', { en, de });
