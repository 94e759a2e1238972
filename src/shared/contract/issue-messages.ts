import type { z } from 'zod';
import { type Catalogue, formatMessage, type MessageKey, type MessageValues } from '../i18n/catalogue.ts';
import { formatList } from '../i18n/formats.ts';
import type { UiLanguage } from '../i18n/languages.ts';
import { validationMessages } from '../i18n/validation.ts';

// What a field is told when the contract refuses its value, in the reader's language (docs/i18n.md).
// The contract's own messages are keys of the `validation` catalogue (`says('endsAfterStart')`);
// zod's own checks, which carry no message of ours, are worded by issue code, with the issue's
// fields ({minimum}, {maximum}, {expected}…) as the message's values. The browser's form check
// (web/lib/form.ts) and the server's answer (http/error-handler.ts) both word issues here.

export type ValidationKey = MessageKey<typeof validationMessages>;

/**
 * The contract's messages of one catalogue, checked against its keys: a contract file takes
 * `const says = messageKeys(validationMessages)` and writes `.min(1, says('goalsMin'))`.
 */
export function messageKeys<C extends Catalogue>(_catalogue: C) {
  return <K extends MessageKey<C>>(key: K): K => key;
}

/**
 * zod's error map for parsing the contract: a value left out is "required", not "must be text"
 * (the issue forgets its input once made, so this is told while parsing). Everything else keeps
 * zod's own message, worded by its code below.
 */
export const contractErrorMap: z.core.$ZodErrorMap = (issue) =>
  issue.code === 'invalid_type' && issue.input === undefined
    ? ('required' satisfies ValidationKey)
    : undefined;

/** An issue as zod makes it, or as fastify passes it on: its code and message, and its fields. */
export type IssueLike = { readonly code?: string; readonly message: string };
type IssueFields = IssueLike & { readonly [field: string]: unknown };

function isKey(message: string): message is ValidationKey {
  return Object.hasOwn(validationMessages.en, message);
}

function number(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  return undefined;
}

/** The message zod's own check gets, by its code and the kind of value. */
function keyOfCode(issue: IssueFields): ValidationKey {
  const origin = issue.origin;
  const inclusive = issue.inclusive !== false;
  switch (issue.code) {
    case 'invalid_type':
      return 'invalidType';
    case 'too_small':
      if (origin === 'string') return 'tooShort';
      if (origin === 'number' || origin === 'bigint') return inclusive ? 'tooSmall' : 'tooSmallExclusive';
      if (origin === 'array' || origin === 'set') return 'tooFew';
      if (origin === 'date') return 'tooEarly';
      return 'invalid';
    case 'too_big':
      if (origin === 'string') return 'tooLong';
      if (origin === 'number' || origin === 'bigint') return inclusive ? 'tooLarge' : 'tooLargeExclusive';
      if (origin === 'array' || origin === 'set') return 'tooMany';
      if (origin === 'date') return 'tooLate';
      return 'invalid';
    case 'invalid_format':
      return 'invalidFormat';
    case 'invalid_value':
      return 'mustBe';
    case 'not_multiple_of':
      return 'notMultipleOf';
    case 'unrecognized_keys':
      return 'unknownFields';
    default:
      return 'invalid';
  }
}

/** The issue's fields as a message's values; lists read as lists of the language. */
function valuesOf(issue: IssueFields, language: UiLanguage): MessageValues {
  const values = Array.isArray(issue.values) ? issue.values.map((v) => String(v)) : [];
  const keys = Array.isArray(issue.keys) ? issue.keys.map((k) => String(k)) : [];
  const params = issue.params !== null && typeof issue.params === 'object' ? issue.params : {};
  return {
    ...(params as MessageValues),
    minimum: number(issue.minimum),
    maximum: number(issue.maximum),
    divisor: number(issue.divisor),
    expected: typeof issue.expected === 'string' ? issue.expected : undefined,
    format: typeof issue.format === 'string' ? issue.format : undefined,
    values: formatList(language, values, 'or'),
    keys: formatList(language, keys),
    count: Math.max(values.length, keys.length),
  };
}

/** One issue in words of a language, written to follow the field's label ("must not be empty"). */
export function issueMessage(issue: IssueLike, language: UiLanguage): string {
  const fields = issue as IssueFields;
  const key = isKey(issue.message) ? issue.message : keyOfCode(fields);
  try {
    return formatMessage(validationMessages, language, key, valuesOf(fields, language));
  } catch {
    // A contract message whose value this issue lacks: the plain word, never a failed request.
    return formatMessage(validationMessages, language, 'invalid');
  }
}
