import { z } from 'zod';
import { coordinatorAndParticipants, coordinatorOnly, participantsOnly } from './access.ts';
import { idParamsSchema, idSchema, isoDateSchema } from './common.ts';
import { endpoint } from './endpoint.ts';
import { participantRoles } from './participants.ts';

const tag = 'alumni';

// Alumni (decision 0026): a person is an alumna or alumnus once a cycle closed in which they had a
// published tandem. The alumni directory is opt-in: it lists who chose to be listed, with their
// name and alumni cycles, and their organisation and topics only where they chose to show them. It
// is read by the coordinator and by alumni. The coordinator invites alumni mentors to a next cycle;
// an accepted invitation makes them a mentor there with their last mentor profile carried over.

/** The most alumni one invitation request names. */
export const ALUMNI_INVITE_MAX = 200;

/** One closed cycle in which the person had a published tandem, with their role in it. */
export const alumniCycleSchema = z.object({
  cycleId: idSchema,
  cycleName: z.string(),
  role: z.enum(participantRoles),
  startsOn: isoDateSchema,
  endsOn: isoDateSchema,
});
export type AlumniCycle = z.infer<typeof alumniCycleSchema>;

/**
 * A person in the directory. `organisationName` and `topics` are present only when the person chose
 * to show them: a hidden one is not in the answer at all.
 */
export const alumniDirectoryEntrySchema = z.object({
  personId: idSchema,
  name: z.string(),
  cycles: z.array(alumniCycleSchema),
  organisationName: z.string().optional(),
  /** The topics of their latest participation's profile. */
  topics: z.array(z.string()).optional(),
});
export type AlumniDirectoryEntry = z.infer<typeof alumniDirectoryEntrySchema>;

export const alumniDirectoryQuerySchema = z.object({
  /** Part of a name, or of a shown organisation or topic. */
  q: z.string().trim().max(200).optional(),
});

/** What a person chose to show in the directory (name and alumni cycles always show). */
export const directoryChoicesSchema = z.object({
  showOrganisation: z.boolean(),
  showTopics: z.boolean(),
});
export type DirectoryChoices = z.infer<typeof directoryChoicesSchema>;

export const myDirectoryEntrySchema = directoryChoicesSchema.extend({
  optedInAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export const alumniInvitationAnswers = ['accepted', 'declined'] as const;
export const alumniInvitationStates = ['pending', ...alumniInvitationAnswers] as const;
export type AlumniInvitationState = (typeof alumniInvitationStates)[number];

/** An invitation to take part in a next cycle as a mentor, as the invited alumnus sees it. */
export const myAlumniInvitationSchema = z.object({
  id: idSchema,
  cycleId: idSchema,
  cycleName: z.string(),
  startsOn: isoDateSchema,
  endsOn: isoDateSchema,
  invitedAt: z.iso.datetime(),
  can: z.object({
    /** While the cycle still takes new participants (draft or open) and the organisation takes part. */
    accept: z.boolean(),
    decline: z.boolean(),
  }),
});
export type MyAlumniInvitation = z.infer<typeof myAlumniInvitationSchema>;

/** The caller's own standing as an alumna or alumnus. */
export const myAlumniSchema = z.object({
  /** Their alumni cycles, newest first; none until a cycle of theirs closed with a tandem. */
  cycles: z.array(alumniCycleSchema),
  /** Their directory entry, or null while they are not listed. */
  directoryEntry: myDirectoryEntrySchema.nullable(),
  /** Invitations to a next cycle not answered yet. */
  invitations: z.array(myAlumniInvitationSchema),
  can: z.object({
    /** Read the directory and join it: alumni only. */
    readDirectory: z.boolean(),
    joinDirectory: z.boolean(),
  }),
});
export type MyAlumni = z.infer<typeof myAlumniSchema>;

/** Why an alumni mentor cannot be invited to the cycle now; null when they can. */
export const notInvitableReasons = [
  /** The cycle takes no invitations in its phase (only draft and open do). */
  'cycle_phase',
  /** Their organisation does not take part in the cycle. */
  'organisation_not_taking_part',
  /** They have no account to sign in with and answer. */
  'no_account',
  /** They were invited to this cycle already. */
  'invited',
] as const;
export type NotInvitableReason = (typeof notInvitableReasons)[number];

/** An alumni mentor as the coordinator sees them when inviting to a cycle. */
export const alumniMentorSchema = z.object({
  personId: idSchema,
  name: z.string(),
  organisationName: z.string(),
  /** The last closed cycle in which they were a mentor with a tandem. */
  lastCycle: z.object({ cycleId: idSchema, cycleName: z.string(), endsOn: isoDateSchema }),
  /** Whether their organisation takes part in the cycle: only then they can be invited. */
  organisationTakesPart: z.boolean(),
  hasAccount: z.boolean(),
  invitation: z
    .object({
      id: idSchema,
      state: z.enum(alumniInvitationStates),
      invitedAt: z.iso.datetime(),
      answeredAt: z.iso.datetime().nullable(),
    })
    .nullable(),
  can: z.object({ invite: z.boolean() }),
  /** Why `can.invite` is false; null when it is true. */
  notInvitableBecause: z.enum(notInvitableReasons).nullable(),
});
export type AlumniMentor = z.infer<typeof alumniMentorSchema>;

export const alumniMentorListSchema = z.object({
  mentors: z.array(alumniMentorSchema),
  /** Whether the cycle takes invitations in its phase (draft or open). */
  can: z.object({ invite: z.boolean() }),
});
export type AlumniMentorList = z.infer<typeof alumniMentorListSchema>;

export const alumniInviteSchema = z.object({
  /** Each named once; a repeated id counts once. */
  personIds: z.array(idSchema).min(1).max(ALUMNI_INVITE_MAX),
});

export const alumniInvitationAnswerSchema = z.object({
  invitationId: idSchema,
  answer: z.enum(alumniInvitationAnswers),
  /** The participation made by accepting; null for a declined invitation. */
  participantId: idSchema.nullable(),
});
export type AlumniInvitationAnswer = z.infer<typeof alumniInvitationAnswerSchema>;

export const alumniEndpoints = {
  directory: endpoint({
    method: 'GET',
    path: '/api/v1/alumni',
    operationId: 'listAlumni',
    summary: 'The alumni directory: alumni who chose to be listed, by name, with what each chose to show',
    description:
      'The coordinator and alumni; a participant who is not an alumna or alumnus gets 404. A field a person chose not to show is not in their entry; the search looks only at what is shown.',
    tag,
    access: coordinatorAndParticipants,
    query: alumniDirectoryQuerySchema,
    status: 200,
    response: z.object({ alumni: z.array(alumniDirectoryEntrySchema) }),
  }),
  mine: endpoint({
    method: 'GET',
    path: '/api/v1/me/alumni',
    operationId: 'getMyAlumni',
    summary: 'The caller’s alumni cycles, directory entry and pending invitations to a next cycle',
    tag,
    access: participantsOnly,
    status: 200,
    response: myAlumniSchema,
  }),
  joinDirectory: endpoint({
    method: 'PUT',
    path: '/api/v1/me/alumni/directory-entry',
    operationId: 'saveMyDirectoryEntry',
    summary: 'Join the alumni directory, or change what the entry shows',
    description: 'Alumni only; anyone else gets 404.',
    tag,
    access: participantsOnly,
    body: directoryChoicesSchema,
    status: 200,
    response: myAlumniSchema,
  }),
  leaveDirectory: endpoint({
    method: 'DELETE',
    path: '/api/v1/me/alumni/directory-entry',
    operationId: 'removeMyDirectoryEntry',
    summary: 'Leave the alumni directory: the entry is deleted',
    tag,
    access: participantsOnly,
    status: 200,
    response: myAlumniSchema,
  }),
  mentorsForCycle: endpoint({
    method: 'GET',
    path: '/api/v1/cycles/:id/alumni-mentors',
    operationId: 'listAlumniMentors',
    summary:
      'Alumni mentors not taking part in the cycle (or invited to it), with their last cycle and whether they can be invited',
    tag,
    access: coordinatorOnly,
    params: idParamsSchema,
    status: 200,
    response: alumniMentorListSchema,
  }),
  invite: endpoint({
    method: 'POST',
    path: '/api/v1/cycles/:id/alumni-invitations',
    operationId: 'inviteAlumniMentors',
    summary: 'Invite alumni mentors to take part in the cycle (all or none), each by mail',
    description:
      'Only to a cycle in draft or open phase (409 otherwise); every person named must be an alumni mentor who can be invited (409 naming those who cannot, and nobody is invited).',
    tag,
    access: coordinatorOnly,
    params: idParamsSchema,
    body: alumniInviteSchema,
    status: 200,
    response: alumniMentorListSchema,
  }),
  accept: endpoint({
    method: 'POST',
    path: '/api/v1/alumni-invitations/:id/accept',
    operationId: 'acceptAlumniInvitation',
    summary: 'Accept an invitation: take part in the cycle as a mentor, the last mentor profile carried over',
    description: 'The invited person only; anyone else’s invitation answers 404.',
    tag,
    access: participantsOnly,
    params: idParamsSchema,
    status: 200,
    response: alumniInvitationAnswerSchema,
  }),
  decline: endpoint({
    method: 'POST',
    path: '/api/v1/alumni-invitations/:id/decline',
    operationId: 'declineAlumniInvitation',
    summary: 'Decline an invitation to a next cycle',
    description: 'The invited person only; anyone else’s invitation answers 404.',
    tag,
    access: participantsOnly,
    params: idParamsSchema,
    status: 200,
    response: alumniInvitationAnswerSchema,
  }),
};
