import { catalogue } from './catalogue.ts';
import de from './de/errors-certificates.ts';
import en from './en/errors-certificates.ts';

export const errorsCertificatesMessages = catalogue('errors-certificates', { en, de });
