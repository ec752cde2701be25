// Generates src/generated/<service>.ts from the committed OpenAPI snapshots (docs/api/<service>.openapi.json).
// `npm run generate -- --check` fails when a generated file differs from what is committed.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import openapiTS, { astToString } from "openapi-typescript";

const here = dirname(fileURLToPath(import.meta.url));
const api = join(here, "..", "..", "..", "docs", "api");
const out = join(here, "..", "src", "generated");
const check = process.argv.includes("--check");
const services = ["survey", "plan", "project", "funding", "governance"];
mkdirSync(out, { recursive: true });
let stale = [];
for (const service of services) {
  const document = JSON.parse(readFileSync(join(api, `${service}.openapi.json`), "utf8"));
  const ast = await openapiTS(document, { alphabetize: true });
  const text = `// Generated from docs/api/${service}.openapi.json by scripts/generate.mjs: do not edit.\n` + astToString(ast);
  const file = join(out, `${service}.ts`);
  if (check) {
    if (!existsSync(file) || readFileSync(file, "utf8") !== text) stale.push(file);
  } else {
    writeFileSync(file, text);
  }
}
if (stale.length) {
  console.error(`generated types are stale (run npm run generate): ${stale.join(", ")}`);
  process.exit(1);
}
