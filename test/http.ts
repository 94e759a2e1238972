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
