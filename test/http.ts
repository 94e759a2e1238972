import type { InjectOptions } from 'fastify';
import type { TestApp } from './build-test-app.ts';

/** Calls the API as the holder of a session cookie and returns the status and the parsed body. */
export async function callApi(
  t: TestApp,
  cookie: string,
  method: InjectOptions['method'],
  url: string,
  payload?: unknown,
) {
  const response = await t.app.inject({
    method,
    url,
    headers: { cookie },
    ...(payload !== undefined ? { payload: payload as InjectOptions['payload'] } : {}),
  });
  return { status: response.statusCode, body: response.json() };
}

/** Raw requests as the holder of a session cookie, for tests that look at headers and status. */
export function asCaller(t: TestApp, cookie: string) {
  const send = (method: InjectOptions['method'], url: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie }, ...(payload !== undefined ? { payload } : {}) });
  return {
    get: (url: string) => send('GET', url),
    post: (url: string, payload: object) => send('POST', url, payload),
    patch: (url: string, payload: object) => send('PATCH', url, payload),
    put: (url: string) => send('PUT', url),
    delete: (url: string) => send('DELETE', url),
  };
}
