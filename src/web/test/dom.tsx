import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, vi } from 'vitest';
import type { Account } from '../../shared/contract/auth.ts';
import { matchPath } from '../../shared/contract/endpoint.ts';
import { allEndpoints, type OperationId } from '../../shared/contract/endpoints.ts';
import { LanguageProvider, resetActiveLanguage } from '../lib/i18n.tsx';
import { SessionContext } from '../lib/session.tsx';

// Small DOM helpers for component tests: find things the way a user does (by label and by name),
// and answer the API from a fake fetch.

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const mounted: { root: Root; container: HTMLElement }[] = [];

afterEach(() => {
  for (const { root, container } of mounted.splice(0)) {
    act(() => root.unmount());
    container.remove();
  }
  // A German render leaves the language formats read; the next test starts in English.
  resetActiveLanguage();
  vi.unstubAllGlobals();
  vi.useRealTimers();
  window.history.replaceState(null, '', '/');
});

/** `ui` as a page behind sign-in sees it: inside `account`'s session. */
export function signedIn(account: Account, ui: ReactNode): ReactNode {
  return (
    <SessionContext.Provider value={{ account, signOut: async () => undefined }}>
      {ui}
    </SessionContext.Provider>
  );
}

/** `ui` as a German reader sees it. */
export function inGerman(ui: ReactNode): ReactNode {
  return (
    <LanguageProvider language="de" setLanguage={() => undefined}>
      {ui}
    </LanguageProvider>
  );
}

/** The page's text as read, white space folded. */
export function pageText(): string {
  return (document.body.textContent ?? '').replace(/\s+/g, ' ');
}

export async function render(ui: ReactNode): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  mounted.push({ root, container });
  await act(async () => root.render(ui));
  return container;
}

function text(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The form control whose label reads exactly `label`. */
export function byLabel(label: string, within: ParentNode = document): HTMLInputElement {
  for (const l of within.querySelectorAll('label')) {
    if (text(l) !== label) continue;
    const control = l.htmlFor ? document.getElementById(l.htmlFor) : l.querySelector('input,select,textarea');
    if (control) return control as HTMLInputElement;
  }
  const aria = within.querySelector(`[aria-label="${label}"]`);
  if (aria) return aria as HTMLInputElement;
  throw new Error(`No control labelled "${label}"`);
}

export function queryByLabel(label: string): HTMLInputElement | null {
  try {
    return byLabel(label);
  } catch {
    return null;
  }
}

/** A button (or link) by its accessible text. */
export function byRole(role: 'button' | 'link', name: string | RegExp): HTMLElement {
  const found = queryByRole(role, name);
  if (!found) throw new Error(`No ${role} named ${String(name)}`);
  return found;
}

export function queryByRole(role: 'button' | 'link', name: string | RegExp): HTMLElement | null {
  const selector = role === 'button' ? 'button' : 'a[href]';
  for (const el of document.querySelectorAll<HTMLElement>(selector)) {
    const n = text(el);
    if (typeof name === 'string' ? n === name : name.test(n)) return el;
  }
  return null;
}

/** The message shown beside a field (its aria-describedby error). */
export function fieldError(control: HTMLElement): string | null {
  const ids = control.getAttribute('aria-describedby')?.split(' ') ?? [];
  const errorId = ids.find((id) => id.endsWith('-error'));
  return errorId ? text(document.getElementById(errorId)!) : null;
}

export function alerts(): string[] {
  return [...document.querySelectorAll('[role="alert"]')].map(text).filter(Boolean);
}

/** Types into a field as a user would: React sees an input event with the new value. */
export async function type(control: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  const proto =
    control instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(control, value);
    control.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function choose(control: HTMLElement, value: string): Promise<void> {
  const select = control as unknown as HTMLSelectElement;
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(select, value);
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export async function click(el: HTMLElement): Promise<void> {
  await act(async () => el.click());
}

export async function uploadFile(input: HTMLInputElement, file: File): Promise<void> {
  await act(async () => {
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** Retries `check` until it stops throwing, letting React and pending fetches settle in between. */
export async function waitFor<T>(check: () => T, timeoutMs = 2000): Promise<T> {
  const start = Date.now();
  for (;;) {
    try {
      return check();
    } catch (error) {
      if (Date.now() - start > timeoutMs) throw error;
      await act(async () => {
        await new Promise((r) => setTimeout(r, 10));
      });
    }
  }
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

export function apiError(status: number, code: string, message: string, details?: unknown): Response {
  return json(status, { error: { code, message, ...(details === undefined ? {} : { details }) } });
}

export type Call = { method: string; url: URL; body: unknown; headers: Headers };

/**
 * Replaces fetch with `handler`; returns the calls made, with JSON bodies parsed. An unexpected
 * request fails the test loudly instead of hanging.
 */
export function fakeApi(
  handler: (call: Call) => Response | undefined | Promise<Response | undefined>,
): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string, init: RequestInit = {}) => {
      const url = new URL(input, 'http://localhost');
      const headers = new Headers(init.headers);
      const raw = init.body;
      const body =
        typeof raw === 'string' && headers.get('content-type') === 'application/json' ? JSON.parse(raw) : raw;
      const call = { method: init.method ?? 'GET', url, body, headers };
      calls.push(call);
      const response = await handler(call);
      if (!response) throw new Error(`Unexpected request ${call.method} ${url.pathname}${url.search}`);
      return response;
    }),
  );
  return calls;
}

/** Which declared endpoint a call went to, with its path parameters; null for none. */
export function endpointOf(call: Call): { operationId: OperationId; params: Record<string, string> } | null {
  for (const e of allEndpoints) {
    if (e.method !== call.method) continue;
    const params = matchPath(e, call.url.pathname);
    if (params) return { operationId: e.operationId as OperationId, params };
  }
  return null;
}

/**
 * Which declared endpoint a link on the page (an address on this site, fetched with GET) points
 * at, with its path parameters; null for none. Its query is the link's own: read it from the href.
 */
export function endpointOfLink(href: string): ReturnType<typeof endpointOf> {
  if (!href.startsWith('/')) return null;
  return endpointOf({
    method: 'GET',
    url: new URL(href, 'http://localhost'),
    body: undefined,
    headers: new Headers(),
  });
}

/** The calls made to one endpoint, in order. */
export function callsTo(calls: Call[], operationId: OperationId): Call[] {
  return calls.filter((c) => endpointOf(c)?.operationId === operationId);
}

export type EndpointAnswer = (
  call: Call & { params: Record<string, string> },
) => Response | undefined | Promise<Response | undefined>;

/**
 * A fake API keyed by the contract's declarations: each endpoint's answer by its operationId.
 * A call to an endpoint without an answer (or to no endpoint) fails the test loudly.
 */
export function answers(byEndpoint: Partial<Record<OperationId, EndpointAnswer>>) {
  return (call: Call) => {
    const target = endpointOf(call);
    const answer = target ? byEndpoint[target.operationId] : undefined;
    return answer?.({ ...call, params: target!.params });
  };
}
