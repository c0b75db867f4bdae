import type { Id, Role } from '../domain/types';

/** The signed-in staff member, as `POST /auth/login` answers it. */
export interface SessionUser {
  id: Id;
  fullName: string;
  email: string;
  role: Role;
}

export interface Session {
  token: string;
  user: SessionUser;
}

const TOKEN_KEY = 'kaporal.token';
const USER_KEY = 'kaporal.user';

export function saveSession({ token, user }: Session): void {
  localStorage.setItem(TOKEN_KEY, token);
  localStorage.setItem(USER_KEY, JSON.stringify(user));
}

export function clearSession(): void {
  localStorage.removeItem(TOKEN_KEY);
  localStorage.removeItem(USER_KEY);
}

export function getToken(): string | null {
  return localStorage.getItem(TOKEN_KEY);
}

export function getUser(): SessionUser | null {
  const stored = localStorage.getItem(USER_KEY);
  if (!stored) return null;
  try {
    return JSON.parse(stored) as SessionUser;
  } catch {
    return null;
  }
}
