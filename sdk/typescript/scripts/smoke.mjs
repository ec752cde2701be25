// Drives a running suite through the built SDK (dist/), as a front end would: RENEWAL_GATEWAY and RENEWAL_TOKEN
// (a district office's bearer token) come from the environment; prints what it saw as JSON; exits non-zero on any
// unexpected answer. Run by ProgrammeJourneyIT after `npm run build`.
import { createRenewalClient } from "../dist/index.js";

const gateway = process.env.RENEWAL_GATEWAY;
const token = process.env.RENEWAL_TOKEN;
if (!gateway || !token) {
  console.error("set RENEWAL_GATEWAY and RENEWAL_TOKEN");
  process.exit(2);
}
const api = createRenewalClient({ baseUrl: gateway, token: () => token });

const communities = await api.survey.GET("/api/survey/communities", { params: { query: { size: 50 } } });
if (communities.error) throw new Error(`communities: ${communities.error.code}`);
const plans = await api.plan.GET("/api/plan/plans", { params: { query: { size: 50 } } });
if (plans.error) throw new Error(`plans: ${plans.error.code}`);
const approved = plans.data.content.find((p) => p.status === "APPROVED");
let project = null;
if (approved) {
  const read = await api.project.GET("/api/project/projects/{id}", { params: { path: { id: approved.id } } });
  if (read.error) throw new Error(`project: ${read.error.code}`);
  project = { id: read.data.id, stage: read.data.stage, etag: read.response.headers.get("ETag") };
}
const tooBig = await api.survey.GET("/api/survey/communities", { params: { query: { size: 500 } } });
if (!tooBig.error || tooBig.response.status !== 400) throw new Error("size=500 was not refused");
console.log(JSON.stringify({
  communities: communities.data.page.totalElements,
  plans: plans.data.content.length,
  project,
  refused: tooBig.error.errors?.[0]?.field ?? null,
}));
