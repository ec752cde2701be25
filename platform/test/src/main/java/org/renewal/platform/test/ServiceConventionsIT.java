package org.renewal.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.renewal.platform.embedded.TestIssuer;
import org.slf4j.LoggerFactory;
import org.renewal.platform.security.VisibleRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * What every service promises operators and front ends, checked on the running service: health
 * probes, Prometheus metrics, its OpenAPI under its own prefix, bilingual dictionaries and
 * problem+json for unknown paths. A service's test extends this and names its prefix.
 */
@ServiceIntegrationTest
public abstract class ServiceConventionsIT {

    @LocalServerPort
    protected int port;

    @LocalManagementPort
    protected int managementPort;

    @Autowired
    private org.springframework.kafka.config.KafkaListenerEndpointRegistry kafkaListeners;

    @Autowired
    private org.renewal.platform.consumer.EventDispatchers dispatchers;

    @org.springframework.beans.factory.annotation.Value("${renewal.security.write-scopes:}")
    private List<String> writeScopes;

    /** The service's API prefix, e.g. {@code /api/funding}. */
    protected abstract String prefix();

    /**
     * Every Kafka listener of the service reads its records through a platform dispatcher (envelope, correlation
     * id, routes by contract type and version, forward-only per source aggregate — EventDispatcherIT proves
     * those) or, for a batch listener, through the platform's routes: no listener reads envelopes by hand.
     */
    @Test
    void everyKafkaListenerReadsItsEventsThroughTheDispatcher() {
        var ids = kafkaListeners.getListenerContainerIds();
        LoggerFactory.getLogger(getClass()).info("listeners {}; dispatchers {}", ids, dispatchers.listeners());

        assertThat(ids).isNotEmpty();
        assertThat(dispatchers.listeners().keySet()).containsAll(ids);
        assertThat(dispatchers.listeners().values()).allSatisfy(routes -> assertThat(routes).isNotEmpty());
    }

    /** The district the callers of {@link #callersOfEveryRole()} belong to. */
    protected static final String DISTRICT = "220302";
    /** The street of the street office among them. */
    protected static final String STREET = "220302001";

    /**
     * Writes records the service's lists return, so that {@link #listsNeverShowMoreThanReads()} has items to
     * check; returns whether it did (then the test insists on checking some). By default nothing.
     */
    protected boolean seedListData() {
        return false;
    }

    /** The community the resident and the owners' committee among the callers live in. */
    protected String residentsCommunity() {
        return "community-of-the-residents";
    }

    /** A signed-in caller of every role, bound to {@link #DISTRICT} (the street office to {@link #STREET}). */
    protected Map<String, String> callersOfEveryRole() {
        TestIssuer issuer = TestIssuer.get();
        String service = prefix().substring(prefix().lastIndexOf('/') + 1);
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("DISTRICT_OFFICE", issuer.districtOffice(DISTRICT));
        callers.put("CITY_OFFICE", issuer.cityOffice());
        callers.put("HOUSING_BUREAU", issuer.token("bureau-1", "HOUSING_BUREAU", Map.of("district", DISTRICT)));
        callers.put("FINANCE", issuer.token("finance-1", "FINANCE", Map.of("district", DISTRICT)));
        callers.put("STREET", issuer.token("street-1", "STREET", Map.of("district", DISTRICT, "street", STREET)));
        callers.put("UNIT", issuer.token("unit-1", "UNIT", Map.of("district", DISTRICT, "unitId", "91220302MA0000000Q")));
        callers.put("OWNERS_COMMITTEE", issuer.token("committee-1", "OWNERS_COMMITTEE", Map.of("district", DISTRICT,
                "communityId", residentsCommunity())));
        callers.put("RESIDENT", issuer.token("resident-1", "RESIDENT", Map.of("district", DISTRICT,
                "communityId", residentsCommunity(), "householdId", "1-1-101")));
        // another system's client with every scope the service grants (x-scopes documents which one each needs)
        String scopes = String.join(" ", java.util.stream.Stream.concat(java.util.stream.Stream.of(service + ".read"),
                writeScopes.stream().filter(s -> !s.isBlank())).toList());
        callers.put("INTEGRATION", issuer.token("system-1", "INTEGRATION", Map.of("scope", scopes)));
        return callers;
    }

    private static final Pattern ITEM_PATH = Pattern.compile("(.*)/\\{([^}/]+)}");

    /**
     * Lists never show more than reads: for every list of the service (a GET without path variables next to a GET
     * of one item, {@code <list>/{id}}) and every role, each item a caller is given is one the same caller reads by
     * id, and the list shows no field the read does not, nor another value (a list may leave a field out: null).
     */
    @Test
    void listsNeverShowMoreThanReads() {
        boolean seeded = seedListData();
        JsonNode paths = Http.at(port).get(prefix() + "/v3/api-docs").json().get("paths");
        Map<String, String> itemPaths = new LinkedHashMap<>();
        paths.properties().forEach(entry -> {
            Matcher m = ITEM_PATH.matcher(entry.getKey());
            if (m.matches() && !m.group(1).contains("{") && entry.getValue().has("get")) {
                itemPaths.put(m.group(1), m.group(2));
            }
        });
        int checked = 0;
        List<String> lists = new ArrayList<>();
        for (Map.Entry<String, String> list : itemPaths.entrySet()) {
            JsonNode listPath = paths.get(list.getKey());
            if (listPath == null || !listPath.has("get")) {
                continue;
            }
            lists.add(list.getKey());
            for (Map.Entry<String, String> caller : callersOfEveryRole().entrySet()) {
                Http http = Http.at(port).as(caller.getValue());
                var response = http.get(list.getKey() + "?size=50");
                if (response.status() != 200) {
                    continue;
                }
                JsonNode body = response.json();
                JsonNode items = body.isArray() ? body : body.get("content");
                if (items == null || !items.isArray()) {
                    continue;
                }
                for (JsonNode item : items) {
                    JsonNode id = item.has(list.getValue()) ? item.get(list.getValue()) : item.get("id");
                    String what = caller.getKey() + " listing " + list.getKey();
                    assertThat(id).as(what + ": an item without an id: " + item).isNotNull();
                    var one = http.get(list.getKey() + "/" + id.asString());
                    assertThat(one.status()).as(what + ": item " + id.asString() + " is not readable by id").isEqualTo(200);
                    JsonNode read = one.json();
                    for (Iterator<Map.Entry<String, JsonNode>> fields = item.properties().iterator(); fields.hasNext(); ) {
                        Map.Entry<String, JsonNode> field = fields.next();
                        if (field.getValue().isNull()) {
                            continue; // the list leaves it out (e.g. what only a read of one item carries)
                        }
                        assertThat(read.get(field.getKey())).as(what + ": field " + field.getKey() + " of item "
                                + id.asString() + " differs from its read").isEqualTo(field.getValue());
                    }
                    checked++;
                }
            }
        }
        if (seeded) {
            assertThat(checked).as("items checked in " + lists).isPositive();
        }
        LoggerFactory.getLogger(ServiceConventionsIT.class).info("lists of {}: {} listed items read back by id, "
                + "lists {}", prefix(), checked, lists);
    }

    /**
     * Deny by default, and the documented role matrix is the enforced one: every operation of the service's
     * OpenAPI is sent as a caller of every role, and is refused for its role (403 {@code ACCESS_DENIED}, before
     * anything else runs) exactly when its {@code x-roles} do not name that role. Every operation admits someone,
     * and what no rule names — another method on a documented path, an undocumented path — is 403 for every role.
     */
    @Test
    void everyOperationAdmitsExactlyTheRolesItsDocumentNames() {
        JsonNode paths = Http.at(port).get(prefix() + "/v3/api-docs").json().get("paths");
        Map<String, String> callers = callersOfEveryRole();
        List<String> mismatches = new ArrayList<>();
        int requests = 0;
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            String uri = concrete(path.getKey());
            List<String> documentedMethods = new ArrayList<>();
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
                documentedMethods.add(method);
                operations++;
                List<String> documented = new ArrayList<>();
                JsonNode roles = operation.getValue().get("x-roles");
                assertThat(roles).as(method + " " + path.getKey() + " has no x-roles").isNotNull();
                roles.forEach(role -> documented.add(role.asString()));
                assertThat(documented).as(method + " " + path.getKey() + " admits no role").isNotEmpty();
                for (Map.Entry<String, String> caller : callers.entrySet()) {
                    boolean refused = refusedForRole(caller.getValue(), method, uri);
                    requests++;
                    if (refused == documented.contains(caller.getKey())) {
                        mismatches.add(method + " " + path.getKey() + " as " + caller.getKey() + ": documented "
                                + documented + ", " + (refused ? "refused" : "let through"));
                    }
                }
            }
            for (String method : List.of("GET", "POST", "PUT", "DELETE", "PATCH")) {
                if (!documentedMethods.contains(method)) {
                    for (Map.Entry<String, String> caller : callers.entrySet()) {
                        requests++;
                        if (!refusedForRole(caller.getValue(), method, uri)) {
                            mismatches.add(method + " " + path.getKey() + " (undocumented) let " + caller.getKey()
                                    + " through");
                        }
                    }
                }
            }
        }
        for (String method : List.of("GET", "POST", "PUT", "DELETE", "PATCH")) {
            for (Map.Entry<String, String> caller : callers.entrySet()) {
                if (!refusedForRole(caller.getValue(), method, prefix() + "/no-such-resource")) {
                    mismatches.add(method + " " + prefix() + "/no-such-resource let " + caller.getKey() + " through");
                }
            }
        }
        assertThat(mismatches).as("of " + requests + " requests").isEmpty();
        LoggerFactory.getLogger(ServiceConventionsIT.class).info("role matrix of {}: {} operations, {} requests as {} "
                + "roles, 0 mismatches", prefix(), operations, requests, callers.size());
    }

    @Autowired
    List<VisibleRecord> visibleRecords;

    /**
     * Not found first: every write to a record the caller cannot see (here: one that does not exist) is 404 for every
     * role the operation admits, with a body that is invalid in every way — so no validation or rule ran before.
     */
    @Test
    void aWriteToARecordTheCallerCannotSeeIs404BeforeItsBodyIsRead() {
        JsonNode paths = Http.at(port).get(prefix() + "/v3/api-docs").json().get("paths");
        Map<String, String> callers = callersOfEveryRole();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            boolean guarded = visibleRecords.stream().anyMatch(r -> path.getKey().equals(r.routePrefix())
                    || path.getKey().startsWith(r.routePrefix() + "/"));
            if (!guarded) {
                continue;
            }
            String uri = concrete(path.getKey());
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
                if (method.equals("GET")) {
                    continue;
                }
                for (JsonNode role : operation.getValue().get("x-roles")) {
                    var response = Http.at(port).as(callers.get(role.asString())).send(method, uri, "application/json",
                            "{\"unknown\":[1,2,3]}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    checked++;
                    if (response.status() != 404) {
                        wrong.add(method + " " + path.getKey() + " as " + role.asString() + ": " + response.status());
                    }
                }
            }
        }
        assertThat(wrong).as("of " + checked + " writes").isEmpty();
        assertThat(checked == 0).as("writes to records checked").isEqualTo(visibleRecords.isEmpty());
    }

    /** A documented path with every path variable filled with an id that names nothing. */
    private static String concrete(String path) {
        return path.replaceAll("\\{[^}/]+}", "conventions-none");
    }

    private boolean refusedForRole(String token, String method, String uri) {
        var response = Http.at(port).as(token).send(method, uri, "application/json",
                "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return response.status() == 403 && response.body().contains("\"ACCESS_DENIED\"");
    }

    @Test
    void reportsLivenessAndReadinessIncludingItsStore() {
        var readiness = Http.at(managementPort).get("/actuator/health/readiness");
        var liveness = Http.at(managementPort).get("/actuator/health/liveness");

        assertThat(readiness.status()).isEqualTo(200);
        assertThat(liveness.status()).isEqualTo(200);
        assertThat(readiness.json().get("components").has("mongoStore")).isTrue();
        // the probes on the main port too, for a platform that probes the port it routes to
        assertThat(Http.at(port).get("/readyz").status()).isEqualTo(200);
        assertThat(Http.at(port).get("/livez").status()).isEqualTo(200);
    }

    @Test
    void exposesPrometheusMetricsOnTheManagementPortOnly() {
        var metrics = Http.at(managementPort).get("/actuator/prometheus");

        assertThat(managementPort).isNotEqualTo(port);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
        // the request-latency buckets the p99 alert reads (deploy/k8s/base/observability/alerts.yaml), 1 s among them
        Http.at(port).get(prefix() + "/v3/api-docs");
        assertThat(Http.at(managementPort).get("/actuator/prometheus").body())
                .containsPattern("http_server_requests_seconds_bucket\\{[^}]*le=\"1\\.0\"");
        // internals off the edge: the port the gateway routes to serves no actuator endpoint, signed in or not
        for (String path : List.of("/actuator/prometheus", "/actuator/health", "/actuator/info", "/actuator",
                "/actuator/env", "/actuator/metrics")) {
            assertThat(Http.at(port).get(path).status()).as(path).isIn(401, 403, 404);
            var signedIn = Http.at(port).as(TestIssuer.get().cityOffice()).get(path);
            assertThat(signedIn.status()).as(path).isIn(403, 404);
            assertThat(signedIn.body()).doesNotContain("jvm_").doesNotContain("\"status\":\"UP\"");
        }
    }

    @Test
    void servesItsOpenApiUnderItsOwnPrefixWithTheProblemSchema() {
        var docs = Http.at(port).get(prefix() + "/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        JsonNode api = docs.json();
        assertThat(api.get("paths").propertyNames()).allMatch(path -> path.startsWith(prefix()));
        assertThat(api.get("components").get("schemas").has("Problem")).isTrue();
        assertThat(api.get("components").get("securitySchemes").has("oauth2")).isTrue();
        assertThat(api.get("security").findValues("oauth2")).isNotEmpty();
        api.get("paths").forEach(path -> path.forEach(operation ->
                assertThat(operation.get("responses").has("401")).isTrue()));
        // a controller's Caller parameter comes from the token, never from the request
        assertThat(api.get("paths").findValues("parameters")).allSatisfy(parameters ->
                assertThat(parameters.findValuesAsString("name")).doesNotContain("caller", "roles", "cityWide"));
        assertThat(api.get("components").get("schemas").has("Caller")).as("no Caller schema").isFalse();
    }

    @Test
    void everyOperationHasAStableUniqueIdAndDeclaresItsSuccessWithItsBody() {
        JsonNode api = Http.at(port).get(prefix() + "/v3/api-docs").json();
        String service = prefix().substring("/api/".length());
        java.util.Set<String> ids = new java.util.HashSet<>();
        api.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            if (!op.getValue().has("responses")) {
                return;
            }
            String where = op.getKey().toUpperCase() + " " + path.getKey();
            String id = op.getValue().path("operationId").asString();
            assertThat(id).as("operationId of %s", where).matches(service + "[A-Z][A-Za-z0-9]*");
            assertThat(ids.add(id)).as("%s is the id of one operation only (%s)", id, where).isTrue();
            JsonNode responses = op.getValue().get("responses");
            List<String> success = responses.propertyNames().stream().filter(code -> code.startsWith("2")).toList();
            assertThat(success).as("%s declares its success", where).isNotEmpty();
            for (String code : success) {
                if (code.equals("204")) {
                    continue;
                }
                JsonNode content = responses.get(code).path("content");
                assertThat(content.isObject() && !content.isEmpty()).as("%s %s declares its body's media type", where,
                        code).isTrue();
                content.properties().forEach(media -> assertThat(media.getValue().has("schema"))
                        .as("%s %s %s declares its schema", where, code, media.getKey()).isTrue());
            }
        }));
    }

    /**
     * The contract is reviewed like code: the served document (the issuer's address taken out — it
     * differs by deployment) must equal its committed snapshot in {@code docs/api}. A change writes the new document
     * to {@code target/openapi}; run with {@code -Drenewal.openapi.update=true} to write the snapshot, then review
     * the diff and record a breaking change in {@code docs/api/CHANGELOG.md}.
     */
    @Test
    void theServedContractIsItsCommittedSnapshot() throws java.io.IOException {
        String service = prefix().substring("/api/".length());
        String served = OpenApiSnapshots.normalise(Http.at(port).get(prefix() + "/v3/api-docs").body());
        java.nio.file.Path written = java.nio.file.Path.of("target", "openapi", service + ".openapi.json");
        java.nio.file.Files.createDirectories(written.getParent());
        java.nio.file.Files.writeString(written, served);
        java.nio.file.Path snapshot = OpenApiSnapshots.snapshot(service);
        if (Boolean.getBoolean("renewal.openapi.update")) {
            java.nio.file.Files.writeString(snapshot, served);
        }
        assertThat(java.nio.file.Files.exists(snapshot)).as("%s is committed (run with -Drenewal.openapi.update=true)",
                snapshot).isTrue();
        assertThat(served).as("the served contract of %s differs from %s: review %s and, if intended, update the "
                + "snapshot (-Drenewal.openapi.update=true) and docs/api/CHANGELOG.md", service, snapshot, written)
                .isEqualTo(java.nio.file.Files.readString(snapshot));
    }

    @Test
    void servesEveryDictionaryWithChineseAndEnglishLabels() {
        Http http = Http.at(port).as(TestIssuer.get().cityOffice());
        var dictionaries = http.get(prefix() + "/dictionaries");

        assertThat(dictionaries.status()).isEqualTo(200);
        for (JsonNode dictionary : dictionaries.json()) {
            assertThat(dictionary.get("entries")).isNotEmpty();
            for (JsonNode entry : dictionary.get("entries")) {
                assertThat(entry.get("code").asString()).matches("[A-Z_]+");
                assertThat(entry.get("labelZh").asString()).isNotBlank();
                assertThat(entry.get("labelEn").asString()).isNotBlank();
            }
            var one = http.get(prefix() + "/dictionaries/" + dictionary.get("name").asString());
            assertThat(one.json()).isEqualTo(dictionary);
        }
        assertThat(http.get(prefix() + "/dictionaries/no-such").status()).isEqualTo(404);
        assertThat(dictionaries.json().findValuesAsString("name")).contains("roles");
    }

    @Test
    void anUnknownPathIs403ProblemForEveryRoleDenyByDefault() {
        var response = Http.at(port).as(TestIssuer.get().cityOffice()).get(prefix() + "/no-such-resource");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo("ACCESS_DENIED");
    }

    @Test
    void withoutATokenEveryOperationIs401ProblemWithWwwAuthenticate() {
        var response = Http.at(port).get(prefix() + "/dictionaries");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo("AUTHENTICATION_REQUIRED");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.renewal.platform.test.ServiceConventionsIT#badTokens")
    void aBadTokenIs401ProblemWithWwwAuthenticate(String kind, String token) {
        // twice: verified tokens are remembered (VerifiedTokenCache), a refused one never is
        for (int attempt = 1; attempt <= 2; attempt++) {
            var response = Http.at(port).as(token).get(prefix() + "/dictionaries");

            assertThat(response.status()).as(kind + ", attempt " + attempt).isEqualTo(401);
            assertThat(response.header("WWW-Authenticate")).startsWith("Bearer").contains("invalid_token");
            assertThat(response.json().get("code").asString()).isEqualTo("TOKEN_INVALID");
            assertThat(response.body()).doesNotContain(token);
        }
    }

    static Stream<Arguments> badTokens() {
        TestIssuer issuer = TestIssuer.get();
        return Stream.of(
                Arguments.of("expired", issuer.expired("CITY_OFFICE")),
                Arguments.of("alg=none", issuer.unsigned("CITY_OFFICE")),
                Arguments.of("signed by another key", issuer.signedByAnotherKey("CITY_OFFICE")),
                Arguments.of("another issuer", issuer.fromAnotherIssuer("CITY_OFFICE")),
                Arguments.of("another audience", issuer.forAnotherAudience("CITY_OFFICE")),
                Arguments.of("not a JWT", "not-a-token"));
    }

    @Test
    void aValidTokenWithoutTheRoleIs403Problem() {
        var response = Http.at(port).as(TestIssuer.get().resident("220302", "h-1")).get(prefix() + "/audit-records");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo("ACCESS_DENIED");
    }

    @Test
    void everyWriteIsInTheAuditTrailWithItsOutcomeForTheCityOffice() {
        // a write (whatever its outcome) by a caller of its own subject, with a correlation id of its own
        JsonNode api = Http.at(port).get(prefix() + "/v3/api-docs").json();
        String write = api.get("paths").properties().stream().filter(path -> path.getValue().has("post"))
                .map(path -> concrete(path.getKey())).findFirst().orElse(null);
        assertThat(write).as("a POST in %s", prefix()).isNotNull();
        String subject = "audit-probe-" + java.util.UUID.randomUUID();
        String correlation = java.util.UUID.randomUUID().toString();
        var written = Http.at(port).as(TestIssuer.get().token(subject, "DISTRICT_OFFICE", Map.of("district", DISTRICT)))
                .post(write, "{}", "X-Correlation-Id", correlation);

        var trail = Http.at(port).as(TestIssuer.get().cityOffice()).get(prefix() + "/audit-records?subject=" + subject);

        assertThat(trail.status()).isEqualTo(200);
        assertThat(trail.json().get("content")).singleElement().satisfies(record -> {
            assertThat(record.get("method").asString()).isEqualTo("POST");
            assertThat(record.get("path").asString()).isEqualTo(write);
            assertThat(record.get("status").asInt()).isEqualTo(written.status());
            assertThat(record.get("correlationId").asString()).isEqualTo(correlation);
            assertThat(record.get("districtCode").asString()).isEqualTo(DISTRICT);
        });
        assertThat(Http.at(port).as(TestIssuer.get().districtOffice(DISTRICT))
                .get(prefix() + "/audit-records?subject=" + subject).json().get("content")).as("its own district's")
                .hasSize(1);
        assertThat(Http.at(port).as(TestIssuer.get().districtOffice("220303"))
                .get(prefix() + "/audit-records?subject=" + subject).json().get("content")).as("another district's")
                .isEmpty();
    }

    @Test
    void pagingIsBoundedTheSameWayEverywhereAndSaysSo() {
        Http city = Http.at(port).as(TestIssuer.get().cityOffice());
        for (String query : List.of("size=201", "size=0", "page=-1", "size=abc")) {
            var refused = city.get(prefix() + "/audit-records?" + query);
            assertThat(refused.status()).as(query).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asString()).as(query)
                    .isEqualTo(query.substring(0, query.indexOf('=')));
        }
        assertThat(city.get(prefix() + "/audit-records?size=200").status()).isEqualTo(200);
        JsonNode paths = Http.at(port).get(prefix() + "/v3/api-docs").json().get("paths");
        paths.forEach(path -> path.forEach(op -> op.path("parameters").forEach(p -> {
            if ("size".equals(p.path("name").asString()) && "query".equals(p.path("in").asString())) {
                assertThat(p.get("schema").get("maximum").asInt()).isEqualTo(200);
                assertThat(p.get("schema").get("default").asInt()).as("one default page size").isEqualTo(20);
            }
        })));
    }

    /**
     * Every paged list declares its sort values as an enum of properties its items carry (or offers no sort), takes
     * each of them, and refuses any other property 400 {@code SORT_NOT_SUPPORTED} naming {@code sort}.
     */
    @Test
    void everyPagedListTakesExactlyTheSortsItDeclares() {
        Http city = Http.at(port).as(TestIssuer.get().cityOffice());
        JsonNode api = Http.at(port).get(prefix() + "/v3/api-docs").json();
        List<String> checked = new java.util.ArrayList<>();
        api.get("paths").properties().forEach(path -> {
            JsonNode op = path.getValue().path("get");
            boolean paged = false;
            JsonNode sort = null;
            for (JsonNode p : op.path("parameters")) {
                paged |= "page".equals(p.path("name").asString());
                sort = "sort".equals(p.path("name").asString()) ? p : sort;
            }
            if (!paged) {
                return;
            }
            String url = path.getKey().replaceAll("\\{[^}]+}", "x");
            if (sort != null) {
                JsonNode values = sort.path("schema").path("items").path("enum");
                assertThat(values.isEmpty()).as("%s declares its sort values", path.getKey()).isFalse();
                JsonNode item = itemSchema(api, op);
                for (JsonNode value : values) {
                    String property = value.asString().substring(0, value.asString().indexOf(','));
                    assertThat(property(api, item, property).isMissingNode())
                            .as("%s sorts on %s, a property of its items", path.getKey(), property).isFalse();
                    var response = city.get(url + "?sort=" + value.asString());
                    assertThat(response.json().path("code").asString()).as("%s?sort=%s", url, value.asString())
                            .isNotEqualTo("SORT_NOT_SUPPORTED");
                }
            }
            var refused = city.get(url + "?sort=noSuchProperty,ASC");
            assertThat(refused.status()).as("%s?sort=noSuchProperty", url).isEqualTo(400);
            assertThat(refused.json().path("code").asString()).isEqualTo("SORT_NOT_SUPPORTED");
            assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("sort");
            checked.add(url);
        });
        assertThat(checked).as("the audit trail at least is paged").isNotEmpty();
    }

    /** Every property of every schema carries an example (or is a reference to a schema whose properties do). */
    @Test
    void everyPropertyHasAnExample() {
        JsonNode api = Http.at(port).get(prefix() + "/v3/api-docs").json();
        List<String> without = new java.util.ArrayList<>();
        api.path("components").path("schemas").properties().forEach(schema -> schema.getValue().path("properties")
                .properties().forEach(property -> {
                    JsonNode p = property.getValue();
                    boolean reference = p.has("$ref") || p.has("anyOf") || p.has("oneOf") || p.has("allOf")
                            || p.path("items").has("$ref") || p.path("items").has("anyOf")
                            || p.path("additionalProperties").isObject();
                    if (!reference && !p.has("example") && !p.has("examples")) {
                        without.add(schema.getKey() + "." + property.getKey());
                    }
                }));
        assertThat(without).as("properties without an example").isEmpty();
    }

    private static JsonNode itemSchema(JsonNode api, JsonNode op) {
        JsonNode schema = op.path("responses").path("200").path("content").values().iterator().next().path("schema");
        JsonNode page = resolve(api, schema);
        return resolve(api, page.path("properties").path("content").path("items"));
    }

    /** The schema of a property of {@code schema}, by a dotted path ({@code eligibility.urgencyScore}). */
    private static JsonNode property(JsonNode api, JsonNode schema, String dotted) {
        JsonNode at = schema;
        for (String name : dotted.split("\\.")) {
            JsonNode object = resolve(api, at);
            for (JsonNode option : at.path("anyOf")) {
                object = option.has("$ref") ? resolve(api, option) : object;
            }
            at = object.path("properties").path(name);
            if (at.isMissingNode()) {
                return at;
            }
        }
        return at;
    }

    private static JsonNode resolve(JsonNode api, JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        return ref.isEmpty() ? schema : api.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
    }

    @Test
    void aSortThatCannotBeDecodedIs400NamingSortNot500() {
        var response = Http.at(port).as(TestIssuer.get().cityOffice()).get(prefix() + "/audit-records?sort=%25s%25n%25x");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("sort");
    }

    @Test
    void deadLettersAreForTheCityOffice() {
        assertThat(Http.at(port).as(TestIssuer.get().cityOffice()).get(prefix() + "/dead-letters").status()).isEqualTo(200);
        assertThat(Http.at(port).as(TestIssuer.get().districtOffice("220302")).get(prefix() + "/dead-letters").status())
                .isEqualTo(403);
    }
}
