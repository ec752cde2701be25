// Sign-in for a browser page: the authorization code flow with PKCE (RFC 7636) at the suite's issuer, as the
// gateway's dashboard does. No secret: the public client renewal-web.

export interface SignIn {
  /** Where to send the browser. */
  url: string;
  /** Keep it (sessionStorage) until the issuer redirects back; completeSignIn needs it. */
  verifier: string;
  state: string;
}

function base64url(bytes: Uint8Array): string {
  let text = "";
  bytes.forEach((b) => (text += String.fromCharCode(b)));
  return btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function random(length: number): string {
  const bytes = new Uint8Array(length);
  globalThis.crypto.getRandomValues(bytes);
  return base64url(bytes);
}

/** The issuer's authorization URL for this page, with a fresh PKCE verifier and state. */
export async function signIn(issuer: string, redirectUri: string, clientId = "renewal-web"): Promise<SignIn> {
  const verifier = random(48);
  const state = random(16);
  const digest = await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier));
  const url = new URL(`${issuer}/oauth2/authorize`);
  url.searchParams.set("response_type", "code");
  url.searchParams.set("client_id", clientId);
  url.searchParams.set("redirect_uri", redirectUri);
  url.searchParams.set("scope", "openid");
  url.searchParams.set("state", state);
  url.searchParams.set("code_challenge", base64url(new Uint8Array(digest)));
  url.searchParams.set("code_challenge_method", "S256");
  return { url: url.toString(), verifier, state };
}

/** Exchanges the code the issuer sent back for the access token. */
export async function completeSignIn(issuer: string, redirectUri: string, code: string, verifier: string,
                                     clientId = "renewal-web"): Promise<string> {
  const response = await fetch(`${issuer}/oauth2/token`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "authorization_code", code, redirect_uri: redirectUri,
      client_id: clientId, code_verifier: verifier }),
  });
  if (!response.ok) {
    throw new Error(`token request failed: ${response.status}`);
  }
  const token = (await response.json()) as { access_token: string };
  return token.access_token;
}
