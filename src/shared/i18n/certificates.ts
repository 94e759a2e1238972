import { catalogue } from './catalogue.ts';
import de from './de/certificates.ts';
import en from './en/certificates.ts';

export const certificatesMessages = catalogue('certificates', { en, de });
