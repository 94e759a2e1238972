import type { FastifySchemaCompiler, FastifySchemaValidationError } from 'fastify';
import type { z } from 'zod';
import { contractErrorMap } from '../../shared/contract/issue-messages.ts';

/**
 * Checks a request's params, query and body against the contract's zod schemas. Each issue keeps
 * its fields (`params`), so the error handler words it in the request's language
 * (shared/contract/issue-messages.ts); the contract's error map tells a value left out.
 */
export const validatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema }) =>
  (data) => {
    const result = schema.safeParse(data, { error: contractErrorMap });
    if (result.success) return { value: result.data };
    const issues: FastifySchemaValidationError[] = result.error.issues.map(
      ({ path, code, message, ...fields }) => ({
        keyword: code,
        instancePath: `/${path.map(String).join('/')}`,
        schemaPath: `#/${path.map(String).join('/')}/${code}`,
        message,
        params: fields,
      }),
    );
    return { error: issues };
  };
