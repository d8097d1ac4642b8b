import type { Schemas } from '../api/client';

export type Role = Schemas['Role'];
export const allRoles: readonly Role[] = ['viewer', 'editor', 'partner', 'admin'];
