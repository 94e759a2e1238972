import type { z } from 'zod';
import type { Access } from './access.ts';

// An endpoint is declared once, here in the contract: the server registers its route from the
// declaration, the web calls it through the declaration, and the route matrix and the web tests'
// fake API are keyed by it. See docs/decisions/0008-endpoints-declared-once.md.

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Content types of answers that are not JSON: files, a page for a person, a line of text. */
export type FileType = 'text/csv' | 'text/calendar' | 'text/html' | 'text/plain' | 'application/pdf';

export interface EndpointSpec {
  method: HttpMethod;
  /** The full path, with `:name` for each path parameter. */
  path: `/api/${string}`;
  /** Unique, camelCase: the OpenAPI operationId and the key of the route matrix. */
  operationId: string;
  /** One line for the API document. */
  summary: string;
  /** More, when one line is not enough. */
  description?: string;
  /** The OpenAPI tag (the feature). */
  tag: string;
  /** Who may call it at the door. */
  access: Access;
  params?: z.ZodType;
  query?: z.ZodType;
  /** A JSON body, or a file's text when `consumes` says so. */
  body?: z.ZodType;
  /** The content type of a body that is not JSON (the CSV import). */
  consumes?: 'text/csv';
  /**
   * The body may also come as a web form's fields (application/x-www-form-urlencoded or
   * multipart/form-data), as RFC 8058's one-click unsubscribe posts it; other routes refuse forms.
   */
  formBody?: true;
  /** The status of a successful answer. */
  status: 200 | 201 | 202;
  response: z.ZodType;
  /** The content type of a successful answer that is a file. */
  produces?: FileType;
  /** Error statuses beyond the ones every route can give (400, 401, 403, 404, 409). */
  errors?: readonly (413 | 422 | 429)[];
  /** Bytes; the app's default (1 MiB) otherwise. */
  bodyLimit?: number;
  /** Left out of the API document (the document itself). */
  hidden?: boolean;
}

/** Declares an endpoint; the literal types are kept, so callers' inputs and answers are typed. */
export function endpoint<const E extends EndpointSpec>(spec: E): E {
  return spec;
}

type Field<E, K extends keyof EndpointSpec, Dir extends 'in' | 'out'> = E extends {
  [key in K]: infer S extends z.ZodType;
}
  ? Dir extends 'in'
    ? z.input<S>
    : z.output<S>
  : undefined;

/** What a caller sends: path parameters, query and body, each as the schema accepts it. */
export type EndpointInput<E extends EndpointSpec> = {
  params: Field<E, 'params', 'in'>;
  query: Field<E, 'query', 'in'>;
  body: Field<E, 'body', 'in'>;
};

/** What the server's handler gets, after validation. */
export type EndpointArgs<E extends EndpointSpec> = {
  params: Field<E, 'params', 'out'>;
  query: Field<E, 'query', 'out'>;
  body: Field<E, 'body', 'out'>;
};

/** The answer as the server hands it to the schema… */
export type EndpointReply<E extends EndpointSpec> = E extends { produces: 'application/pdf' }
  ? Uint8Array
  : z.input<E['response']>;
/** …and as the client reads it. */
export type EndpointResult<E extends EndpointSpec> = z.output<E['response']>;

/** The path with its parameters filled in, each URL-encoded. */
export function pathOf(e: Pick<EndpointSpec, 'path'>, params: Record<string, string> | undefined): string {
  return e.path.replace(/:([A-Za-z]+)/g, (_whole, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`${e.path} needs the path parameter "${name}"`);
    return encodeURIComponent(value);
  });
}

/** Whether a concrete path (no query) is one of this endpoint's, and its parameters if so. */
export function matchPath(e: Pick<EndpointSpec, 'path'>, path: string): Record<string, string> | null {
  const names: string[] = [];
  const pattern = e.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:([A-Za-z]+)/g, (_w, name) => {
    names.push(name);
    return '([^/]+)';
  });
  const match = new RegExp(`^${pattern}$`).exec(path);
  if (!match) return null;
  return Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1]!)]));
}
