import type { z } from 'zod';
import { errorResponseSchema } from '../../shared/contract/common.ts';
import {
  type EndpointInput,
  type EndpointResult,
  type EndpointSpec,
  pathOf,
} from '../../shared/contract/endpoint.ts';
import { formatMessage } from '../../shared/i18n/catalogue.ts';
import { commonMessages } from '../../shared/i18n/common.ts';
import { activeLanguage } from './i18n.tsx';

/** One problem with one field, as the server reports it for 400/422 validation errors. */
export type FieldIssue = { path: string; message: string };

/** Every failed request becomes an ApiError, so components show `message` and never a stack trace. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown = undefined,
    /** Seconds from a Retry-After header (429), when the server sent one. */
    readonly retryAfter: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Field issues from `details`, when the server sent them in the documented `{path, message}` shape. */
  fieldIssues(): FieldIssue[] {
    if (!Array.isArray(this.details)) return [];
    return this.details.flatMap((d): FieldIssue[] =>
      d && typeof d === 'object' && typeof d.path === 'string' && typeof d.message === 'string'
        ? [{ path: d.path, message: d.message }]
        : [],
    );
  }
}

export type QueryValue = string | number | boolean | null | undefined;

type RequestOptions = {
  method: EndpointSpec['method'];
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as is with the given content type (CSV upload). */
  raw?: { body: Blob | string; contentType: string };
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
  expectUnauthenticated?: boolean;
};

/** Options of any call besides the endpoint's own input. */
export type CallOptions = {
  signal?: AbortSignal;
  /**
   * Requests that answer 401 as part of their normal flow (session probe, sign-in) set this,
   * so a 401 there does not count as "the session ended".
   */
  expectUnauthenticated?: boolean;
};

// A part of the input the endpoint does not take may be left out; one whose fields are all
// optional (a filter) may be left out too.
type Part<T, K extends string> = [T] extends [undefined]
  ? { [k in K]?: undefined }
  : Partial<T> extends T
    ? { [k in K]?: T }
    : { [k in K]: T };

/** A file's body (the CSV import) goes as a Blob or text; any other body as JSON. */
type BodyOf<E extends EndpointSpec> = E extends { consumes: string }
  ? Blob | string
  : EndpointInput<E>['body'];

export type CallInput<E extends EndpointSpec> = Part<EndpointInput<E>['params'], 'params'> &
  Part<EndpointInput<E>['query'], 'query'> &
  Part<BodyOf<E>, 'body'> &
  CallOptions;

let onSessionEnded: (() => void) | null = null;

/** The app shell registers this to send the user back to sign-in when a session expires mid-use. */
export function setSessionEndedHandler(handler: (() => void) | null): void {
  onSessionEnded = handler;
}

/** Adds the query to a path, leaving out empty values so filters that are not set do not reach the server. */
function withQuery(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return `${path}${qs ? `?${qs}` : ''}`;
}

/** The address of an endpoint's answer, for links to files (CSV exports, calendar files). */
export function endpointUrl<E extends EndpointSpec>(
  e: E,
  input: Pick<CallInput<E>, 'params' | 'query'>,
): string {
  return withQuery(
    pathOf(e, input.params as Record<string, string> | undefined),
    input.query as Record<string, QueryValue> | undefined,
  );
}

/**
 * Calls an endpoint through its contract declaration: the path, method and body's type come
 * from it, and the answer is checked against its response schema.
 */
export function call<E extends EndpointSpec>(
  e: E,
  ...[input]: Partial<CallInput<E>> extends CallInput<E> ? [input?: CallInput<E>] : [input: CallInput<E>]
): Promise<EndpointResult<E>> {
  const given = (input ?? {}) as CallInput<EndpointSpec> & { body?: unknown };
  const options: RequestOptions = {
    method: e.method,
    query: given.query as Record<string, QueryValue> | undefined,
    signal: given.signal,
    expectUnauthenticated: given.expectUnauthenticated,
  };
  if (e.consumes) options.raw = { body: given.body as unknown as Blob | string, contentType: e.consumes };
  else if (given.body !== undefined) options.json = given.body;
  return request(
    pathOf(e, given.params as Record<string, string> | undefined),
    e.response,
    options,
  ) as Promise<EndpointResult<E>>;
}

const fallbackKeys: Record<number, keyof typeof commonMessages.en> = {
  0: 'networkFailed',
  413: 'fileTooLarge',
  429: 'tooManyAttempts',
  502: 'serverNotAnswering',
  503: 'serverNotAnswering',
  504: 'serverTooSlow',
};

const word = (key: keyof typeof commonMessages.en) => formatMessage(commonMessages, activeLanguage(), key);

/** What to say for a failed request without the server's own message, in the reader's language. */
function fallbackMessage(status: number): string {
  const key = fallbackKeys[status];
  return key ? word(key) : formatMessage(commonMessages, activeLanguage(), 'serverError', { status });
}

function parseRetryAfter(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Calls the API and checks the answer against the shared contract schema. A response that does not
 * match the contract is reported as an error rather than rendered half-broken.
 */
async function request<S extends z.ZodType>(
  path: string,
  schema: S,
  options: RequestOptions,
): Promise<z.output<S>> {
  // The server words its errors in the language the page is shown in, not the browser's.
  const headers: Record<string, string> = { 'accept-language': activeLanguage(), accept: 'application/json' };
  let body: BodyInit | undefined;
  if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.raw) {
    headers['content-type'] = options.raw.contentType;
    body = options.raw.body;
  }

  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), {
      method: options.method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network', fallbackMessage(0));
  }

  const payload = await readJson(response);
  if (!response.ok) {
    const parsed = errorResponseSchema.safeParse(payload);
    const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
    const error = parsed.success
      ? new ApiError(
          response.status,
          parsed.data.error.code,
          parsed.data.error.message,
          parsed.data.error.details,
          retryAfter,
        )
      : new ApiError(response.status, 'internal', fallbackMessage(response.status), undefined, retryAfter);
    if (response.status === 401 && !options.expectUnauthenticated) onSessionEnded?.();
    throw error;
  }

  const parsed = schema.safeParse(payload);
  if (!parsed.success) {
    console.error(`Unexpected response from ${path}`, parsed.error.issues);
    throw new ApiError(response.status, 'internal', word('serverAnswerUnreadable'));
  }
  return parsed.data;
}

/** The message to show for any error a request can throw. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return word('somethingWentWrong');
}
