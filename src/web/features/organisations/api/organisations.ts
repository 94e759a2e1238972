import {
  organisationEndpoints as endpoints,
  type OrganisationInput,
  type OrganisationUpdate,
} from '../../../../shared/contract/organisations.ts';
import { call } from '../../../lib/api.ts';

export async function listOrganisations(signal?: AbortSignal) {
  const { organisations } = await call(endpoints.list, { signal });
  return organisations;
}

export function getOrganisation(id: string, signal?: AbortSignal) {
  return call(endpoints.get, { params: { id }, signal });
}

export function createOrganisation(input: OrganisationInput) {
  return call(endpoints.create, { body: input });
}

export function updateOrganisation(id: string, input: OrganisationUpdate) {
  return call(endpoints.update, { params: { id }, body: input });
}

export async function deleteOrganisation(id: string): Promise<void> {
  await call(endpoints.remove, { params: { id } });
}

export async function listContacts(organisationId: string, signal?: AbortSignal) {
  const { contacts } = await call(endpoints.listContacts, { params: { id: organisationId }, signal });
  return contacts;
}
