/**
 * Sign-in in a window of the host's own, for hosts without nested app authentication.
 *
 * Office add-ins must sign in through the Office dialog API, not an MSAL popup: Office on the web runs the
 * add-in in an iframe that Microsoft's sign-in page refuses, and the Windows and Mac webviews block popups
 * (Microsoft: "Authenticate and authorize with the Office dialog API"; its NAA sample "Fall back to using
 * the Office dialog API for auth when NAA unavailable"). Teams without a recommended NAA channel does the
 * same with `authentication.authenticate` (Microsoft: "Enable authentication using third-party OAuth
 * provider" / "Configure third-party OAuth authentication"). Either way the window opens SafeShare's own
 * sign-in page (sign-in-page.ts), which signs in with MSAL by redirect in that window and hands back one
 * JSON message: the access token, when it expires and who signed in.
 *
 * The token is held in memory only, per scope set, until shortly before it expires; the message is
 * validated here (it crosses a window boundary) and nothing of it is logged or stored.
 */
import { z } from "zod";
import type { TokenProvider } from "../graph/token-provider";
import { REFUSED_SCOPES, SCOPES_BY_NEED } from "./scopes";

/** The account the sign-in page reports: the user's sign-in name and Entra object id. */
export interface SignedInAccount {
  readonly username: string;
  readonly localAccountId: string;
}

/** What the sign-in page sends back to the window that opened it. */
export const SignInMessageSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("signed-in"),
    accessToken: z.string().min(1).max(16_384),
    /** Milliseconds since the epoch. */
    expiresOn: z.number().int().positive(),
    scopes: z.array(z.string().max(200)).max(20),
    account: z.object({ username: z.string().min(1).max(320), localAccountId: z.string().min(1).max(64) }),
  }),
  z.object({ kind: z.literal("failed"), error: z.string().max(200) }),
]);
export type SignInMessage = z.infer<typeof SignInMessageSchema>;

/** Every scope SafeShare may ask for: the sign-in page refuses anything else in its address. */
export const KNOWN_SCOPES: readonly string[] = [...new Set(Object.values(SCOPES_BY_NEED).flat())];

/** The sign-in page's query: which app, which directory, which scopes. */
export interface SignInRequest {
  readonly clientId: string;
  /** `https://login.microsoftonline.com/{tenant}`. */
  readonly authority: string;
  readonly scopes: readonly string[];
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const AUTHORITY = /^https:\/\/login\.microsoftonline\.(?:com|us)\/[A-Za-z0-9.-]{1,100}$/;

/** The address of the sign-in page for a request (the page is served beside the one opening it). */
export function signInPageUrl(pageUrl: string, request: SignInRequest): string {
  const url = new URL(pageUrl);
  url.search = new URLSearchParams({ clientId: request.clientId, authority: request.authority, scopes: request.scopes.join(" ") }).toString();
  url.hash = "";
  return url.href;
}

/** The request in the sign-in page's address, validated: a wrong app id, authority or scope is refused. */
export function signInRequestFrom(search: string): SignInRequest | { readonly error: string } {
  const p = new URLSearchParams(search);
  const clientId = p.get("clientId") ?? "";
  const authority = p.get("authority") ?? "";
  const scopes = (p.get("scopes") ?? "").split(" ").filter(Boolean);
  if (!GUID.test(clientId)) return { error: "The sign-in address has no valid app (client) id." };
  if (!AUTHORITY.test(authority)) return { error: "The sign-in address has no valid Microsoft sign-in authority." };
  if (scopes.length === 0) return { error: "The sign-in address names no permissions." };
  const unknown = scopes.filter((s) => !KNOWN_SCOPES.includes(s) || REFUSED_SCOPES.includes(s));
  if (unknown.length > 0) return { error: `SafeShare does not ask for ${unknown.join(", ")}.` };
  return { clientId, authority, scopes };
}

/** Opens the sign-in page in the host's window and resolves with the one message it sends back (a string). */
export type OpenSignInWindow = (url: string) => Promise<string>;

/** Sign-in failed in a way the practitioner should be told about (closed, blocked, refused). */
export class SignInWindowError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SignInWindowError";
  }
}

export interface SignInWindowOptions {
  readonly open: OpenSignInWindow;
  /** The sign-in page's address (`sign-in.html` beside the page). */
  readonly pageUrl: string;
  readonly clientId: string;
  readonly authority: string;
  readonly defaultScopes: readonly string[];
  /** Injected: milliseconds since the epoch. */
  readonly now: () => number;
}

/** A token is renewed this long before it expires, so a request never goes out with a dying one. */
const RENEW_BEFORE_MS = 5 * 60 * 1000;

/** A TokenProvider that opens the sign-in window when it has no live token for the scopes asked. */
export interface SignInWindowTokenProvider extends TokenProvider {
  /** Who signed in last (undefined before the first sign-in). */
  account(): SignedInAccount | undefined;
}

export function signInWindowTokenProvider(options: SignInWindowOptions): SignInWindowTokenProvider {
  const cache = new Map<string, { token: string; expiresOn: number }>();
  let account: SignedInAccount | undefined;
  // One window at a time (Office refuses a second: 12007): concurrent requests share the one in flight.
  let inFlight: Promise<void> | undefined;
  const keyOf = (scopes: readonly string[]): string => [...scopes].sort().join(" ");

  async function signIn(scopes: readonly string[]): Promise<void> {
    const raw = await options.open(signInPageUrl(options.pageUrl, { clientId: options.clientId, authority: options.authority, scopes }));
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      throw new SignInWindowError("The sign-in window sent back something SafeShare does not understand.");
    }
    const message = SignInMessageSchema.safeParse(parsed);
    if (!message.success) throw new SignInWindowError("The sign-in window sent back something SafeShare does not understand.");
    if (message.data.kind === "failed") throw new SignInWindowError(`Sign-in did not finish (${message.data.error}).`);
    account = message.data.account;
    cache.set(keyOf(scopes), { token: message.data.accessToken, expiresOn: message.data.expiresOn });
  }

  return {
    account: () => account,
    async getToken(requested) {
      const scopes = requested && requested.length > 0 ? [...requested] : [...options.defaultScopes];
      const refused = scopes.filter((s) => REFUSED_SCOPES.includes(s));
      if (refused.length > 0) throw new RangeError(`SafeShare does not request ${refused.join(", ")} (least privilege: Sites.Selected)`);
      const key = keyOf(scopes);
      for (let attempt = 0; attempt < 2; attempt++) {
        const held = cache.get(key);
        if (held && held.expiresOn - RENEW_BEFORE_MS > options.now()) return held.token;
        if (!inFlight) inFlight = signIn(scopes).finally(() => (inFlight = undefined));
        await inFlight;
      }
      const held = cache.get(key);
      if (held && held.expiresOn > options.now()) return held.token;
      throw new SignInWindowError("Sign-in gave a token that has already expired: check this device's clock.");
    },
  };
}
