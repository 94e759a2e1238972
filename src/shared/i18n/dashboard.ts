import { catalogue } from './catalogue.ts';
import de from './de/dashboard.ts';
import en from './en/dashboard.ts';

export const dashboardMessages = catalogue('dashboard', { en, de });
