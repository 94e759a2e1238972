import { type IssueLike, issueMessage } from '../shared/contract/issue-messages.ts';
import {
  type Catalogue,
  formatMessage,
  type MessageKey,
  type MessageValues,
} from '../shared/i18n/catalogue.ts';
import { formatDate, formatList } from '../shared/i18n/formats.ts';
import type { UiLanguage } from '../shared/i18n/languages.ts';

// Text the server writes for a person (an error's message, a refusal's reason) is a key of a
// message catalogue with its values (docs/i18n.md), put into words only once the reader's language
// is known: the error handler formats it in the request's language; logs and tests read English.

/** Words for a person in no language yet: they are put into one when the reader is known. */
export abstract class Wording {
  abstract in(language: UiLanguage): string;

  /** English: what logs, `Error.message` and the tests read. */
  toString(): string {
    return this.in('en');
  }
}

/** A value of a message: text, a number (for plurals), a date, or other words in the same language. */
export type SaidValue = MessageValues[string] | Wording;
export type SaidValues = Record<string, SaidValue>;

/** One message of a catalogue, with its values. */
export class Message extends Wording {
  constructor(
    readonly catalogue: Catalogue,
    readonly key: string,
    readonly values?: SaidValues,
  ) {
    super();
  }

  /** The message in a language. */
  in(language: UiLanguage): string {
    const values = this.values
      ? Object.fromEntries(
          Object.entries(this.values).map(([name, v]) => [name, v instanceof Wording ? v.in(language) : v]),
        )
      : undefined;
    return formatMessage(this.catalogue, language, this.key, values);
  }
}

/** Words made by a function of the language: a name in the reader's language, a formatted date. */
export class Worded extends Wording {
  constructor(readonly words: (language: UiLanguage) => string) {
    super();
  }

  in(language: UiLanguage): string {
    return this.words(language);
  }
}

/**
 * A day (YYYY-MM-DD) in a message: English keeps it as it is written (what the tests and API
 * clients read), other languages write it out ("1. Juli 2027").
 */
export const isoDay = (day: string): Wording =>
  new Worded((language) => (language === 'en' ? day : formatDate(language, day, 'long')));

/** Words (or names) joined by a fixed separator, as a message lists several: "a; b". */
export class JoinedWording extends Wording {
  constructor(
    readonly items: readonly (Wording | string)[],
    readonly separator: string,
  ) {
    super();
  }

  in(language: UiLanguage): string {
    return this.items
      .map((item) => (typeof item === 'string' ? item : item.in(language)))
      .join(this.separator);
  }
}

/** Several words as one list of the language: "draft or matching", "Entwurf oder Matching". */
export class ListWording extends Wording {
  constructor(
    readonly items: readonly Wording[],
    readonly type: 'and' | 'or' = 'and',
  ) {
    super();
  }

  in(language: UiLanguage): string {
    return formatList(
      language,
      this.items.map((item) => item.in(language)),
      this.type,
    );
  }
}

/** What the contract told a field (shared/contract/issue-messages.ts), in the reader's language. */
export class IssueWording extends Wording {
  constructor(readonly issue: IssueLike) {
    super();
  }

  in(language: UiLanguage): string {
    return issueMessage(this.issue, language);
  }
}

/** The messages of one catalogue: `const say = messagesOf(cycleErrorMessages); say('closed', { name })`. */
export function messagesOf<C extends Catalogue>(catalogue: C) {
  return (key: MessageKey<C>, values?: SaidValues): Message => new Message(catalogue, key, values);
}

/** A message in its English words, or a value as it is. */
export type InWords<T> = T extends Wording
  ? string
  : T extends readonly (infer E)[]
    ? InWords<E>[]
    : T extends object
      ? { [K in keyof T]: InWords<T[K]> }
      : T;

/**
 * A value (an error's details) with every message in it put into words in a language; anything
 * else stays as it is.
 */
export function inLanguage<T>(value: T, language: UiLanguage): InWords<T> {
  if (value instanceof Wording) return value.in(language) as InWords<T>;
  if (Array.isArray(value)) return value.map((v) => inLanguage(v, language)) as InWords<T>;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, inLanguage(v, language)]),
    ) as InWords<T>;
  }
  return value as InWords<T>;
}
