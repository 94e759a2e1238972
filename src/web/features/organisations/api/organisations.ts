import {
  contactListSchema,
  type OrganisationInput,
  type OrganisationUpdate,
  organisationListSchema,
  organisationSchema,
} from '../../../../shared/contract/organisations.ts';
import { ignoredBody, request } from '../../../lib/api.ts';

export async function listOrganisations(signal?: AbortSignal) {
  const { organisations } = await request('/organisations', organisationListSchema, { signal });
  return organisations;
}

export function getOrganisation(id: string, signal?: AbortSignal) {
  return request(`/organisations/${id}`, organisationSchema, { signal });
}

export function createOrganisation(input: OrganisationInput) {
  return request('/organisations', organisationSchema, { method: 'POST', json: input });
}

export function updateOrganisation(id: string, input: OrganisationUpdate) {
  return request(`/organisations/${id}`, organisationSchema, { method: 'PATCH', json: input });
}

export async function deleteOrganisation(id: string): Promise<void> {
  await request(`/organisations/${id}`, ignoredBody, { method: 'DELETE' });
}

export async function listContacts(organisationId: string, signal?: AbortSignal) {
  const { contacts } = await request(`/organisations/${organisationId}/contacts`, contactListSchema, {
    signal,
  });
  return contacts;
}
