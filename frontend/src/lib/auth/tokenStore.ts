// The access token lives in sessionStorage: it survives a reload but not closing the tab, and
// it is never shared with other tabs. Everything else learns about changes by subscribing.

const STORAGE_KEY = 'vekst.accessToken';
const RECEIVED_AT_KEY = 'vekst.accessTokenReceivedAt';

export type SessionEndReason = 'expired' | 'signed-out';

type Listener = () => void;

let token: string | null = readStoredToken();
let receivedAt: number = readStoredReceivedAt();
let endReason: SessionEndReason | null = null;
const listeners = new Set<Listener>();

function readStoredToken(): string | null {
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function readStoredReceivedAt(): number {
  try {
    const stored = Number(sessionStorage.getItem(RECEIVED_AT_KEY));
    return Number.isFinite(stored) && stored > 0 ? stored : Date.now();
  } catch {
    return Date.now();
  }
}

function persist(value: string | null): void {
  try {
    if (value) {
      sessionStorage.setItem(STORAGE_KEY, value);
      sessionStorage.setItem(RECEIVED_AT_KEY, String(receivedAt));
    } else {
      sessionStorage.removeItem(STORAGE_KEY);
      sessionStorage.removeItem(RECEIVED_AT_KEY);
    }
  } catch {
    // Storage may be refused (private mode); the session then lasts until reload.
  }
}

function notify(): void {
  for (const listener of listeners) listener();
}

export const tokenStore = {
  get: (): string | null => token,
  endReason: (): SessionEndReason | null => endReason,
  set(next: string): void {
    token = next;
    receivedAt = Date.now();
    endReason = null;
    persist(next);
    notify();
  },
  /** Ends the session; the reason tells the sign-in page what to say. */
  end(reason: SessionEndReason): void {
    if (token === null && endReason === reason) return;
    token = null;
    endReason = reason;
    persist(null);
    notify();
  },
  /** When the current token stops working, in this browser's clock (epoch ms), or null. */
  expiresAt(): number | null {
    return token === null ? null : expiresAt(token, receivedAt);
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export type TokenClaims = { sub?: string; groups?: string[]; iat?: number; exp?: number; partnerId?: number };

/** Reads the JWT's claims without verifying it: the server verifies; the app only needs `exp`. */
export function decodeClaims(jwt: string): TokenClaims | null {
  const payload = jwt.split('.')[1];
  if (!payload) return null;
  try {
    const base64 = payload
      .replace(/-/g, '+')
      .replace(/_/g, '/')
      .padEnd(Math.ceil(payload.length / 4) * 4, '=');
    const json = new TextDecoder().decode(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
    const claims: unknown = JSON.parse(json);
    return typeof claims === 'object' && claims !== null ? (claims as TokenClaims) : null;
  } catch {
    return null;
  }
}

/**
 * When the token stops working, in this browser's clock (epoch ms), or null if it does not say.
 * The lifetime (exp − iat) is counted from when the token arrived, so a browser whose clock is
 * off from the server's still warns on time.
 */
export function expiresAt(jwt: string, receivedAtMs: number): number | null {
  const claims = decodeClaims(jwt);
  if (typeof claims?.exp !== 'number') return null;
  if (typeof claims.iat === 'number') return receivedAtMs + (claims.exp - claims.iat) * 1000;
  return claims.exp * 1000;
}
