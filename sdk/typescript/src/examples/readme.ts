// The README's example, type-checked with the SDK (tsc --strict): if the contract changes under it, the build says so.
import { createRenewalClient, signIn, completeSignIn } from "../index.js";

export async function readmeExample(planId: string, importId: string): Promise<void> {
  const issuer = "http://localhost:9000";
  const redirect = `${location.origin}/callback`;

  // 1. sign in (authorization code + PKCE, client renewal-web, no secret)
  const params = new URLSearchParams(location.search);
  let token = sessionStorage.getItem("token");
  if (!token && !params.has("code")) {
    const start = await signIn(issuer, redirect);
    sessionStorage.setItem("verifier", start.verifier);
    location.assign(start.url);
    return;
  } else if (!token) {
    token = await completeSignIn(issuer, redirect, params.get("code")!, sessionStorage.getItem("verifier")!);
    sessionStorage.setItem("token", token);
  }

  const api = createRenewalClient({ baseUrl: "http://localhost:8080", token: () => sessionStorage.getItem("token")! });

  // 2. list the reserve's communities (paged; each field typed, nullable ones as T | null)
  const { data: page, error } = await api.survey.GET("/api/survey/communities", {
    params: { query: { reserveStatus: "RESERVED", size: 20 } },
  });
  if (error) throw new Error(`${error.code}: ${error.detail}`);
  for (const community of page.content) console.log(community.name, community.eligibility?.outcome);

  // 3. submit a plan (If-Match carries the version the page showed)
  const plan = await api.plan.GET("/api/plan/plans/{id}", { params: { path: { id: planId } } });
  if (!plan.data) throw new Error(plan.error?.code ?? "no plan");
  const submitted = await api.plan.POST("/api/plan/plans/{id}/submission", {
    params: { path: { id: planId }, header: { "If-Match": `"${plan.data.version}"` } },
  });
  if (submitted.error) console.warn(submitted.error.code); // e.g. FUNDING_DOES_NOT_ADD_UP, RENOVATION_VOTE_NOT_PASSED

  // 4. poll an import job until it is done
  const poll = async () => (await api.survey.GET("/api/survey/imports/{id}", { params: { path: { id: importId } } })).data;
  let job = await poll();
  while (job && (job.status === "QUEUED" || job.status === "RUNNING")) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    job = await poll();
  }
}
