import { catalogue } from './catalogue.ts';
import de from './de/cycle-checklist.ts';
import en from './en/cycle-checklist.ts';

export const cycleChecklistMessages = catalogue('cycle-checklist', { en, de });
