import type { Agreement, Contact, Partner, Tier } from './api';

export const partnerId = 'b3e1f0a2-5c4d-4e7f-9a8b-1c2d3e4f5a6b';

export const fjellvik: Partner = {
  id: partnerId,
  organisationNumber: '123456785',
  name: 'Fjellvik Presisjon AS (fiktiv)',
  sector: 'industry',
  sizeBand: 'medium',
  address: 'Kirkegata 1',
  postalCode: '3616',
  postalPlace: 'Kongsberg',
  municipality: '3303',
  website: 'https://fjellvik.example.no',
  logoUrl: null,
  status: 'active',
  formerSince: null,
  publicListingConsent: true,
  publicListingConsentDate: '2025-01-15',
  notes: 'Interessert i Technology Summit.',
  createdAt: '2026-11-23T10:00:00Z',
  updatedAt: '2026-11-23T10:00:00Z',
};

export const tiers: Tier[] = [
  { key: 'partner', name: 'Partner', minNok: 15000, maxNok: 49999, version: 0, updatedAt: '2026-11-23T10:00:00Z' },
  { key: 'gold', name: 'Gullpartner', minNok: 50000, maxNok: 99999, version: 0, updatedAt: '2026-11-23T10:00:00Z' },
  { key: 'main', name: 'Hovedpartner', minNok: 100000, maxNok: 200000, version: 0, updatedAt: '2026-11-23T10:00:00Z' },
];

export function agreement(overrides: Partial<Agreement> = {}): Agreement {
  return {
    id: 'a0000000-0000-4000-8000-000000002025',
    partnerId,
    partnerName: fjellvik.name,
    year: 2025,
    tier: { key: 'gold', name: 'Gullpartner' },
    cashNok: 50000,
    inKindNok: 25000,
    inKindDescription: 'Lokaler til Boligdag',
    totalNok: 75000,
    benefits: 'Logo på nettsiden',
    status: 'draft',
    steps: [{ status: 'draft', at: '2025-01-10T09:00:00Z', by: 'Erik Editor' }],
    cancelReason: null,
    invoiceReference: null,
    bandOverride: null,
    createdAt: '2025-01-10T09:00:00Z',
    updatedAt: '2025-01-10T09:00:00Z',
    ...overrides,
  };
}

export const kari: Contact = {
  id: 'c0000000-0000-4000-8000-000000000001',
  partnerId,
  name: 'Kari Kontakt',
  role: 'Daglig leder',
  email: 'kari@fjellvik.example.no',
  phone: '+47 900 00 000',
  consentNote: 'Muntlig samtykke 2025-01-10',
  erasedAt: null,
  version: 3,
  createdAt: '2025-01-10T09:00:00Z',
  updatedAt: '2025-01-10T09:00:00Z',
};

export const erasedContact: Contact = {
  ...kari,
  id: 'c0000000-0000-4000-8000-000000000002',
  name: null,
  role: null,
  email: null,
  phone: null,
  consentNote: null,
  erasedAt: '2026-02-01T12:00:00Z',
};

export function me(roles: string[], partner: string | null = null) {
  return {
    username: roles.join('-'),
    displayName: `Test ${roles.join(' ')}`,
    roles,
    partnerId: partner,
    passwordChangeRequired: false,
  };
}
