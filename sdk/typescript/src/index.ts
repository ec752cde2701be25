// The Renewal suite's typed client: one openapi-fetch client per service, typed by the types generated from the
// committed OpenAPI snapshots (src/generated, `npm run generate`). Every call sends the bearer token you give.
import createClient, { type Client, type Middleware } from "openapi-fetch";
import type { paths as SurveyPaths } from "./generated/survey.js";
import type { paths as PlanPaths } from "./generated/plan.js";
import type { paths as ProjectPaths } from "./generated/project.js";
import type { paths as FundingPaths } from "./generated/funding.js";
import type { paths as GovernancePaths } from "./generated/governance.js";

export type * as survey from "./generated/survey.js";
export type * as plan from "./generated/plan.js";
export type * as project from "./generated/project.js";
export type * as funding from "./generated/funding.js";
export type * as governance from "./generated/governance.js";
export { signIn, completeSignIn, type SignIn } from "./pkce.js";

export interface RenewalClient {
  survey: Client<SurveyPaths>;
  plan: Client<PlanPaths>;
  project: Client<ProjectPaths>;
  funding: Client<FundingPaths>;
  governance: Client<GovernancePaths>;
}

export interface RenewalOptions {
  /** The gateway, e.g. http://localhost:8080 */
  baseUrl: string;
  /** The bearer token of the signed-in person or system, asked for on every call (so a refreshed one is used). */
  token: () => string | Promise<string>;
  /** A fetch of your own (tests, retries); the global one by default. */
  fetch?: typeof globalThis.fetch;
}

/** A client of every service through the gateway, each call with the bearer token. */
export function createRenewalClient(options: RenewalOptions): RenewalClient {
  const auth: Middleware = {
    async onRequest({ request }) {
      request.headers.set("Authorization", `Bearer ${await options.token()}`);
      return request;
    },
  };
  const make = <P extends {}>(): Client<P> => {
    const client = createClient<P>({ baseUrl: options.baseUrl, ...(options.fetch ? { fetch: options.fetch } : {}) });
    client.use(auth);
    return client;
  };
  return {
    survey: make<SurveyPaths>(),
    plan: make<PlanPaths>(),
    project: make<ProjectPaths>(),
    funding: make<FundingPaths>(),
    governance: make<GovernancePaths>(),
  };
}
