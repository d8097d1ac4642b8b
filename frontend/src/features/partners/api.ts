import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call, fetchData, type Schemas } from '../../lib/api/client';
import { fileNameFrom, saveBlob } from '../../lib/download';

export type Partner = Schemas['Partner'];
export type PartnerInput = Schemas['PartnerInput'];
export type PartnerProfileUpdate = Schemas['PartnerProfileUpdate'];
export type Sector = Schemas['Sector'];
export type PartnerStatus = Schemas['PartnerStatus'];
export type SizeBand = NonNullable<Partner['sizeBand']>;
export type Contact = Schemas['Contact'];
export type ContactInput = Schemas['ContactInput'];
export type Agreement = Schemas['Agreement'];
export type AgreementInput = Schemas['AgreementInput'];
export type AgreementStatus = Schemas['AgreementStatus'];
export type AgreementTransition = Schemas['AgreementTransition'];
export type Tier = Schemas['Tier'];
export type PartnerInvitation = Schemas['PartnerInvitation'];

export const sectors: readonly Sector[] = ['residents', 'industry', 'tourism', 'retail', 'public', 'other'];
export const partnerStatuses: readonly PartnerStatus[] = ['prospect', 'active', 'former'];
export const sizeBands: readonly SizeBand[] = ['micro', 'small', 'medium', 'large'];

export type PartnerSortField = 'name' | 'organisationNumber' | 'sector' | 'status' | 'updatedAt';
export type PartnerSort = PartnerSortField | `-${PartnerSortField}`;

/** The list's filters, as the user chose them; empty means "any". */
export type PartnerFilters = {
  q: string;
  sector: Sector | '';
  status: PartnerStatus | '';
  municipality: string;
  agreementYear: string;
  sort: PartnerSort;
};

/** The query parameters of the list and the CSV export alike: only the filters that are set. */
export function partnerQuery(filters: PartnerFilters) {
  return {
    q: filters.q || undefined,
    sector: filters.sector || undefined,
    status: filters.status || undefined,
    municipality: /^\d{4}$/.test(filters.municipality) ? filters.municipality : undefined,
    agreementYear: /^\d{4}$/.test(filters.agreementYear) ? Number(filters.agreementYear) : undefined,
    sort: filters.sort,
  };
}

export const partnersKey = ['partners'] as const;

export function usePartners(filters: PartnerFilters, page: number, size: number) {
  return useQuery({
    queryKey: [...partnersKey, 'list', filters, page, size],
    queryFn: ({ signal }) =>
      fetchData(api.GET('/api/v1/partners', { params: { query: { ...partnerQuery(filters), page, size } }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** The CSV of the list with the same filters, saved as the server names it. */
export async function downloadPartnersCsv(filters: PartnerFilters): Promise<void> {
  const { data, response } = await call(api.GET('/api/v1/partners/export', { params: { query: partnerQuery(filters) }, parseAs: 'blob' }));
  saveBlob(data as Blob, fileNameFrom(response, 'partnere.csv'));
}

/** One partner with the ETag of this read, which an update sends back in If-Match. */
export function usePartner(id: string | null) {
  return useQuery({
    queryKey: [...partnersKey, 'one', id],
    queryFn: async ({ signal }) => {
      const { data, response } = await call(api.GET('/api/v1/partners/{id}', { params: { path: { id: id! } }, signal }));
      return { partner: data, etag: response.headers.get('ETag') ?? '' };
    },
    enabled: id !== null,
    // Never refetch behind the user's back: a silently newer ETag would hide a conflicting change.
    staleTime: Infinity,
  });
}

export function useCreatePartner() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PartnerInput) => fetchData(api.POST('/api/v1/partners', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partnersKey }),
  });
}

function savedPartner(queryClient: ReturnType<typeof useQueryClient>) {
  return ({ data, response }: { data: Partner; response: Response }) => {
    queryClient.setQueryData([...partnersKey, 'one', data.id], { partner: data, etag: response.headers.get('ETag') ?? '' });
    void queryClient.invalidateQueries({ queryKey: [...partnersKey, 'list'] });
  };
}

export function useUpdatePartner() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, etag, body }: { id: string; etag: string; body: PartnerInput }) =>
      call(api.PUT('/api/v1/partners/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body })),
    onSuccess: savedPartner(queryClient),
  });
}

/** A partner user changes its own organisation's profile. */
export function useUpdatePartnerProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, etag, body }: { id: string; etag: string; body: PartnerProfileUpdate }) =>
      call(api.PUT('/api/v1/partners/{id}/profile', { params: { path: { id }, header: { 'If-Match': etag } }, body })),
    onSuccess: savedPartner(queryClient),
  });
}

export function useInvitePartnerUser() {
  return useMutation({
    mutationFn: ({ id, username, displayName }: { id: string; username: string; displayName: string }) =>
      fetchData(api.POST('/api/v1/partners/{id}/users', { params: { path: { id } }, body: { username, displayName } })),
  });
}

// ---------------------------------------------------------------- contacts

const contactsKey = (partnerId: string) => [...partnersKey, 'contacts', partnerId] as const;

export function useContacts(partnerId: string) {
  return useQuery({
    queryKey: contactsKey(partnerId),
    queryFn: ({ signal }) =>
      fetchData(api.GET('/api/v1/partners/{id}/contacts', { params: { path: { id: partnerId } }, signal })).then((list) => list.items),
  });
}

export function useSaveContact(partnerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    // An edit sends the version the contact was read with, so a change made meanwhile is refused (412).
    mutationFn: async ({ contact, body }: { contact: Contact | null; body: ContactInput }) => {
      const { data } = contact
        ? await call(
            api.PUT('/api/v1/partners/{id}/contacts/{contactId}', {
              params: { path: { id: partnerId, contactId: contact.id }, header: { 'If-Match': `"${contact.version}"` } },
              body,
            }),
          )
        : await call(api.POST('/api/v1/partners/{id}/contacts', { params: { path: { id: partnerId } }, body }));
      return data;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: contactsKey(partnerId) }),
  });
}

export function useEraseContact(partnerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (contactId: string) =>
      fetchData(api.POST('/api/v1/partners/{id}/contacts/{contactId}/erasure', { params: { path: { id: partnerId, contactId } } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: contactsKey(partnerId) });
      void queryClient.invalidateQueries({ queryKey: [...partnersKey, 'due-for-erasure'] });
    },
  });
}

/** The contact's record and history as a JSON file, to hand over on request. */
export async function downloadContactExport(partnerId: string, contactId: string): Promise<void> {
  const { data, response } = await call(
    api.GET('/api/v1/partners/{id}/contacts/{contactId}/export', {
      params: { path: { id: partnerId, contactId } },
      parseAs: 'blob',
    }),
  );
  saveBlob(data as Blob, fileNameFrom(response, `kontakt-${contactId}.json`));
}

export function useContactsDueForErasure(enabled: boolean) {
  return useQuery({
    queryKey: [...partnersKey, 'due-for-erasure'],
    queryFn: ({ signal }) => fetchData(api.GET('/api/v1/contacts/due-for-erasure', { signal })),
    enabled,
  });
}

// ---------------------------------------------------------------- agreements

const agreementsKey = (partnerId: string) => [...partnersKey, 'agreements', partnerId] as const;

export function useAgreements(partnerId: string) {
  return useQuery({
    queryKey: agreementsKey(partnerId),
    queryFn: ({ signal }) =>
      fetchData(api.GET('/api/v1/partners/{id}/agreements', { params: { path: { id: partnerId } }, signal })).then((list) =>
        // Newest year first; within a year, the latest created first.
        [...list.items].sort((a, b) => b.year - a.year || b.createdAt.localeCompare(a.createdAt)),
      ),
  });
}

/** One agreement read fresh, with the ETag that a change or a status step sends in If-Match. */
export function useAgreement(partnerId: string, agreementId: string) {
  return useQuery({
    queryKey: [...agreementsKey(partnerId), agreementId],
    queryFn: async ({ signal }) => {
      const { data, response } = await call(
        api.GET('/api/v1/partners/{id}/agreements/{agreementId}', { params: { path: { id: partnerId, agreementId } }, signal }),
      );
      return { agreement: data, etag: response.headers.get('ETag') ?? '' };
    },
    staleTime: 0,
    gcTime: 0,
  });
}

function useAgreementsChanged(partnerId: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: agreementsKey(partnerId) });
    void queryClient.invalidateQueries({ queryKey: [...partnersKey, 'list'] });
    void queryClient.invalidateQueries({ queryKey: ['financing'] });
  };
}

export function useSaveAgreement(partnerId: string) {
  const changed = useAgreementsChanged(partnerId);
  return useMutation({
    mutationFn: ({ agreementId, etag, body }: { agreementId: string | null; etag: string; body: AgreementInput }) =>
      agreementId
        ? fetchData(
            api.PUT('/api/v1/partners/{id}/agreements/{agreementId}', {
              params: { path: { id: partnerId, agreementId }, header: { 'If-Match': etag } },
              body,
            }),
          )
        : fetchData(api.POST('/api/v1/partners/{id}/agreements', { params: { path: { id: partnerId } }, body })),
    onSuccess: changed,
  });
}

export function useTransitionAgreement(partnerId: string) {
  const changed = useAgreementsChanged(partnerId);
  return useMutation({
    mutationFn: ({ agreementId, etag, body }: { agreementId: string; etag: string; body: AgreementTransition }) =>
      fetchData(
        api.POST('/api/v1/partners/{id}/agreements/{agreementId}/transitions', {
          params: { path: { id: partnerId, agreementId }, header: { 'If-Match': etag } },
          body,
        }),
      ),
    onSuccess: changed,
  });
}

export function useRenewAgreement(partnerId: string) {
  const changed = useAgreementsChanged(partnerId);
  return useMutation({
    mutationFn: (agreementId: string) =>
      fetchData(api.POST('/api/v1/partners/{id}/agreements/{agreementId}/renewal', { params: { path: { id: partnerId, agreementId } } })),
    onSuccess: changed,
  });
}

export async function downloadAgreementPdf(partnerId: string, agreement: Agreement): Promise<void> {
  const { data, response } = await call(
    api.GET('/api/v1/partners/{id}/agreements/{agreementId}/pdf', {
      params: { path: { id: partnerId, agreementId: agreement.id } },
      parseAs: 'blob',
    }),
  );
  saveBlob(data as Blob, fileNameFrom(response, `avtale-${agreement.year}.pdf`));
}

export function useTiers() {
  return useQuery({
    queryKey: ['partner-tiers'],
    queryFn: ({ signal }) => fetchData(api.GET('/api/v1/partner-tiers', { signal })).then((list) => list.items),
    staleTime: 5 * 60_000,
  });
}

// ---------------------------------------------------------------- workflow

/** The next step forward from each status; cancelling is possible from any status before paid. */
export const nextStatus: Partial<Record<AgreementStatus, 'sent' | 'signed' | 'invoiced' | 'paid'>> = {
  draft: 'sent',
  sent: 'signed',
  signed: 'invoiced',
  invoiced: 'paid',
};

export function mayCancel(status: AgreementStatus): boolean {
  return status !== 'paid' && status !== 'cancelled';
}

export function isEditable(status: AgreementStatus): boolean {
  return status === 'draft' || status === 'sent';
}
