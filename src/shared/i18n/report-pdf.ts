import { catalogue } from './catalogue.ts';
import de from './de/report-pdf.ts';
import en from './en/report-pdf.ts';

export const reportPdfMessages = catalogue('report-pdf', { en, de });
