import type { FastifyRequest } from 'fastify';
import {
  acceptedLanguages,
  fallbackLanguage,
  negotiateLanguage,
  type UiLanguage,
} from '../../shared/i18n/languages.ts';

/**
 * The language a request's `Accept-Language` asks for, among ours; null when it names none (an
 * API client without the header, or only languages we do not speak). The web app sends the
 * language its pages are shown in.
 */
export function askedLanguage(request: FastifyRequest): UiLanguage | null {
  const asked = acceptedLanguages(request.headers['accept-language']);
  if (asked.length === 0) return null;
  const language = negotiateLanguage(asked);
  return asked.some((tag) => tag.toLowerCase().split(/[-_]/)[0] === language) ? language : null;
}

/**
 * The language to answer a reader in: the one the request names (a download link carries its
 * page's), else the one `Accept-Language` asks for, else English.
 */
export function readerLanguage(request: FastifyRequest, named?: UiLanguage): UiLanguage {
  return named ?? askedLanguage(request) ?? fallbackLanguage;
}
