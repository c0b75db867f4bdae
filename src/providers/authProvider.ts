import { fetchUtils, type AuthProvider } from 'react-admin';
import { isAllowed, ROLE_MATRIX, type Guarded, type Permission } from '../domain/permissions';
import { API_URL } from './apiUrl';
import type { LocaleGetter } from './httpClient';
import { currentLocale } from './i18n';
import { clearSession, getToken, getUser, saveSession, type Session } from './session';

const ACTION_PERMISSIONS: Record<string, Permission> = {
  list: 'read',
  show: 'read',
  export: 'read',
  create: 'create',
  edit: 'update',
  delete: 'delete',
};

/** The permission of the role matrix that a react-admin action needs. */
function toPermission(action: string): Permission | undefined {
  if (action.startsWith('transition:')) return action as Permission;
  return ACTION_PERMISSIONS[action];
}

/** The guarded resource of the role matrix: the dashboard shows the KPIs. */
function toGuarded(resource: string): Guarded | undefined {
  if (resource === 'dashboard') return 'kpis';
  return Object.hasOwn(ROLE_MATRIX, resource) ? (resource as Guarded) : undefined;
}

/** Pages that are not resources, and the permission that opens them. */
const PAGE_PERMISSIONS: Record<string, [Guarded, Permission]> = {
  reception: ['returns', 'transition:received'],
};

const statusOf = (error: unknown) => (error as { status?: number } | null)?.status;

export function createAuthProvider(
  apiUrl: string,
  getLocale: LocaleGetter = currentLocale,
): AuthProvider {
  return {
    async login({ username, password }: { username: string; password: string }) {
      const { json } = await fetchUtils.fetchJson(`${apiUrl}/auth/login`, {
        method: 'POST',
        body: JSON.stringify({ email: username, password }),
        headers: new Headers({ Accept: 'application/json', 'Accept-Language': getLocale() }),
      });
      saveSession(json as Session);
    },
    async logout() {
      const token = getToken();
      clearSession();
      // The server ends the token too: a copy of it (another tab, a stolen one) stops working.
      if (token) {
        await fetch(`${apiUrl}/auth/logout`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}` },
        }).catch(() => undefined);
      }
    },
    async checkAuth() {
      if (!getToken()) throw new Error('ra.auth.auth_check_error');
    },
    async checkError(error) {
      if (statusOf(error) === 401) {
        clearSession();
        throw error;
      }
    },
    async getIdentity() {
      const user = getUser();
      if (!user) throw new Error('ra.auth.auth_check_error');
      return { id: user.id, fullName: user.fullName, role: user.role };
    },
    async getPermissions() {
      return getUser()?.role;
    },
    async canAccess({ resource, action }) {
      const role = getUser()?.role;
      if (Object.hasOwn(PAGE_PERMISSIONS, resource)) {
        return !!role && isAllowed(role, ...PAGE_PERMISSIONS[resource]);
      }
      const guarded = toGuarded(resource);
      const permission = toPermission(action);
      return !!role && !!guarded && !!permission && isAllowed(role, guarded, permission);
    },
  };
}

export const authProvider = createAuthProvider(API_URL);
