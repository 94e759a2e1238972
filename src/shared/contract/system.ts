import { z } from 'zod';
import { everyone } from './access.ts';
import { endpoint } from './endpoint.ts';

const tag = 'system';

export const systemEndpoints = {
  openApi: endpoint({
    method: 'GET',
    path: '/api/openapi.json',
    operationId: 'getOpenApiDocument',
    summary: 'This API document',
    tag,
    access: everyone,
    status: 200,
    response: z.record(z.string(), z.unknown()),
    hidden: true,
  }),
  health: endpoint({
    method: 'GET',
    path: '/api/v1/health',
    operationId: 'getHealth',
    summary: 'Liveness: the process answers',
    tag,
    access: everyone,
    status: 200,
    response: z.object({ ok: z.literal(true) }),
    hidden: true,
  }),
  ready: endpoint({
    method: 'GET',
    path: '/api/v1/health/ready',
    operationId: 'getReadiness',
    summary: 'Readiness: the database answers within a second (503 otherwise)',
    tag,
    access: everyone,
    status: 200,
    response: z.object({ ok: z.literal(true) }),
    hidden: true,
  }),
};
