import { errorResponseSchema } from '../../shared/contract/common.ts';

/** The error answers a signed-in route can give, documented in the OpenAPI document. */
export const errorResponses = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
} as const;
