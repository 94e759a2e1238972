import { z } from 'zod';
import { coordinatorOnly } from './access.ts';
import { endpoint } from './endpoint.ts';

// The outbox: mails the application sent or is about to send. The coordinator reads it a page at a
// time, filtered by kind and delivery state, or searched by recipient.

/** held: waits for the recipient's daily digest; digested: went out inside one. */
export const outboxStates = ['pending', 'sent', 'failed', 'held', 'digested'] as const;
export type OutboxState = (typeof outboxStates)[number];

/** The furthest the outbox pages in. */
export const OUTBOX_MAX_OFFSET = 1_000_000;

/** Messages on one page of the outbox unless the caller asks for another size. */
export const OUTBOX_PAGE_SIZE = 50;

export const outboxMessageSchema = z.object({
  id: z.string(),
  recipient: z.string(),
  /** The recipient's name where the address belongs to a person or an account. */
  recipientName: z.string().nullable(),
  subject: z.string(),
  /**
   * null once the message is delivered (sent, or inside a digest): the text is the recipient's; null
   * always for a password reset, whose link signs in as the recipient.
   */
  body: z.string().nullable(),
  createdAt: z.string(),
  status: z.enum(outboxStates),
  kind: z.string(),
  attempts: z.number(),
  sentAt: z.string().nullable(),
  lastError: z.string().nullable(),
});
export type OutboxMessage = z.infer<typeof outboxMessageSchema>;

export const outboxQuerySchema = z.object({
  kind: z.string().trim().min(1).max(100).optional(),
  state: z.enum(outboxStates).optional(),
  /** Part of the recipient's address or name, any case; % and _ are taken literally. */
  q: z.string().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(OUTBOX_PAGE_SIZE),
  offset: z.coerce.number().int().min(0).max(OUTBOX_MAX_OFFSET).default(0),
});
export type OutboxQuery = z.input<typeof outboxQuerySchema>;

export const outboxPageSchema = z.object({
  /** Newest first; messages written in the same instant in the order they were written, newest first. */
  messages: z.array(outboxMessageSchema),
  /** How many messages match the filters, over all pages. */
  total: z.number(),
  /** Every kind of message in the outbox, for the filter's choices. */
  kinds: z.array(z.string()),
});
export type OutboxPage = z.infer<typeof outboxPageSchema>;

export const outboxEndpoints = {
  list: endpoint({
    method: 'GET',
    path: '/api/v1/outbox',
    operationId: 'listOutboxMessages',
    summary:
      'The mails the application sent or is about to send, a page at a time; filter by kind, state, recipient',
    tag: 'outbox',
    access: coordinatorOnly,
    query: outboxQuerySchema,
    status: 200,
    response: outboxPageSchema,
  }),
};
