import { catalogue } from './catalogue.ts';
import de from './de/reports.ts';
import en from './en/reports.ts';

export const reportsMessages = catalogue('reports', { en, de });
