import { useCallback, useEffect, useState } from 'react';
import type { z } from 'zod';
import { contractErrorMap, issueMessage } from '../../shared/contract/issue-messages.ts';
import { formatMessage } from '../../shared/i18n/catalogue.ts';
import { commonMessages } from '../../shared/i18n/common.ts';
import { ApiError, errorMessage } from './api.ts';
import { activeLanguage } from './i18n.tsx';

/** Messages keyed by field path (`email`, `languages.0`), the same keys the server uses in `details`. */
export type FieldErrors = Record<string, string>;

type Issue = { path: readonly PropertyKey[] | string; message: string };

function pathKey(path: readonly PropertyKey[] | string): string {
  const raw = typeof path === 'string' ? path : path.map(String).join('.');
  // Servers commonly prefix the location ("body.email", "/email"); fields are known by their own name.
  return raw
    .replace(/^\//, '')
    .replace(/\//g, '.')
    .replace(/^body\./, '');
}

/** First message per field: one clear message beside a field helps more than a list. */
export function issuesToFieldErrors(issues: readonly Issue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = pathKey(issue.path);
    if (!(key in errors)) errors[key] = issue.message;
  }
  return errors;
}

export type Validation<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/**
 * Runs the shared contract schema in the browser, so the user sees the server's rules before sending,
 * worded in the page's language as the server would word them.
 */
export function validate<S extends z.ZodType>(schema: S, values: unknown): Validation<z.output<S>> {
  const result = schema.safeParse(values, { error: contractErrorMap });
  if (result.success) return { ok: true, data: result.data };
  const language = activeLanguage();
  const issues = result.error.issues.map((issue) => ({
    path: issue.path,
    message: issueMessage(issue, language),
  }));
  return { ok: false, errors: issuesToFieldErrors(issues) };
}

/**
 * Error state of one form: messages beside fields plus one message for the form as a whole.
 * Server validation details land beside the fields they name; anything else becomes the form message.
 */
export function useFormErrors(knownFields: readonly string[]) {
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  // Bumped on each failed submit; focus moves after React has rendered the messages, so a screen
  // reader announces the field together with its error.
  const [focusRequest, setFocusRequest] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per failed submit, with the errors of that submit
  useEffect(() => {
    if (focusRequest > 0) focusFirstInvalid(knownFields, fieldErrors);
  }, [focusRequest]);

  const showErrors = useCallback(
    (errors: FieldErrors, message?: string) => {
      const onFields: FieldErrors = {};
      const elsewhere: string[] = [];
      for (const [path, text] of Object.entries(errors)) {
        const field = knownFields.find((f) => path === f || path.startsWith(`${f}.`));
        if (field && !(field in onFields)) onFields[field] = text;
        else if (!field) elsewhere.push(path ? `${path}: ${text}` : text);
      }
      setFieldErrors(onFields);
      const summary = message ?? (elsewhere.length ? elsewhere.join(' ') : null);
      setFormError(
        summary ??
          formatMessage(
            commonMessages,
            activeLanguage(),
            Object.keys(onFields).length ? 'formCorrectFields' : 'formCheck',
          ),
      );
      setFocusRequest((n) => n + 1);
    },
    [knownFields],
  );

  const showRequestError = useCallback(
    (error: unknown) => {
      if (error instanceof ApiError) {
        const issues = error.fieldIssues();
        if (issues.length) {
          showErrors(issuesToFieldErrors(issues), error.message);
          return;
        }
      }
      setFieldErrors({});
      setFormError(errorMessage(error));
    },
    [showErrors],
  );

  const clear = useCallback(() => {
    setFieldErrors({});
    setFormError(null);
  }, []);

  return { fieldErrors, formError, showErrors, showRequestError, setFieldErrors, setFormError, clear };
}

/** Fields carry `data-field` with their path; the first one with an error receives focus. */
function focusFirstInvalid(order: readonly string[], errors: FieldErrors): void {
  const first = order.find((f) => f in errors);
  if (!first) return;
  document.querySelector<HTMLElement>(`[data-field="${first}"]`)?.focus();
}

/**
 * An empty select fails the contract with a message about ids or enum values, which says nothing to
 * a person; an unchosen option gets a plain request instead.
 */
export function missingChoices(choices: Record<string, [value: string, message: string]>): FieldErrors {
  const errors: FieldErrors = {};
  for (const [field, [value, message]] of Object.entries(choices)) if (!value) errors[field] = message;
  return errors;
}
