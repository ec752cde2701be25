package org.renewal.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.renewal.platform.embedded.TestIssuer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway in front of a real HTTP backend (survey) and a service that is down (plan):
 * routing by prefix, correlation ids, forwarded headers, and problem+json when a service is down.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "renewal.gateway.rate-limit.requests=5", "renewal.gateway.rate-limit.period=30s",
        "renewal.gateway.max-request-size=1KB", "renewal.gateway.max-upload-size=8KB",
        "renewal.cors.allowed-origins=http://front.example",
        "resilience4j.circuitbreaker.configs.default.minimum-number-of-calls=4",
        "resilience4j.circuitbreaker.configs.default.sliding-window-size=4",
        "resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state=2s"})
class GatewayRoutingIT {

    static final Map<String, String> lastHeaders = new ConcurrentHashMap<>();
    static final HttpServer survey = startSurveyStub();
    static final int downPort = freePort();
    static final int projectPort = freePort();
    static final JsonMapper json = JsonMapper.builder().build();
    static final HttpClient client = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        registry.add("SURVEY_SERVICE_URI", () -> "http://localhost:" + survey.getAddress().getPort());
        registry.add("PLAN_SERVICE_URI", () -> "http://localhost:" + downPort);
        registry.add("PROJECT_SERVICE_URI", () -> "http://localhost:" + projectPort);
        registry.add("renewal.security.issuer-uri", () -> TestIssuer.get().issuer());
        registry.add("renewal.security.jwk-set-uri", () -> TestIssuer.get().jwkSetUri());
    }

    @AfterAll
    static void stopStub() {
        survey.stop(0);
    }

    @LocalServerPort
    int port;

    @Test
    void routesByPrefixUnchangedAndCreatesACorrelationId() throws Exception {
        HttpResponse<String> response = get("/api/survey/communities?page=0");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"path\":\"/api/survey/communities\"}");
        String id = response.headers().firstValue("X-Correlation-Id").orElseThrow();
        assertThat(response.headers().allValues("X-Correlation-Id")).hasSize(1);
        assertThat(lastHeaders.get("x-correlation-id")).isEqualTo(id);
    }

    @Test
    void keepsTheCallersCorrelationIdAndTellsTheServiceWhereItWasReached() throws Exception {
        HttpResponse<String> response = get("/api/survey/communities", "X-Correlation-Id", "caller-42");

        assertThat(response.headers().firstValue("X-Correlation-Id")).contains("caller-42");
        assertThat(lastHeaders.get("x-correlation-id")).isEqualTo("caller-42");
        assertThat(lastHeaders.get("x-forwarded-host")).isEqualTo("localhost:" + port);
        assertThat(lastHeaders.get("x-forwarded-proto")).isEqualTo("http");
    }

    @Test
    void aServiceThatIsDownIs503ProblemNotAHangOrA500() throws Exception {
        HttpResponse<String> response = get("/api/plan/communities/x", "Accept-Language", "en");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        // (its circuit may already be open if other tests called it: still a 503 problem, never a hang)
        assertThat(problem.get("code").asString()).isIn("SERVICE_UNAVAILABLE", "CIRCUIT_OPEN");
        assertThat(problem.get("title").asString()).startsWith("Service unavailable");
        assertThat(problem.get("correlationId").asString())
                .isEqualTo(response.headers().firstValue("X-Correlation-Id").orElseThrow());
    }

    @Test
    void pathTraversalAndEncodedSlashesAre400ProblemAtTheEdge() throws Exception {
        for (String path : List.of("/api/survey/communities/..%2F..%2Fadmin", "/api/survey/communities/a%5Cb",
                "/api/survey/communities/a%00", "/api/survey/communities/%2e%2e/x")) {
            HttpResponse<String> response = get(path, "Accept-Language", "en");
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    v -> assertThat(v).startsWith("application/problem+json"));
            assertThat(json.readTree(response.body()).get("code").asString()).isEqualTo("REQUEST_REJECTED");
        }
    }

    @Test
    void headerValuesWithControlCharactersAre400AtTheEdgeAndTabsPass() throws Exception {
        // raw bytes on the wire (Java's client refuses to send them): Reactor Netty's decoder refuses C0 controls and
        // DEL before any filter runs, Spring Security's strict firewall a C1 control (0x85 read as ISO-8859-1
        // is U+0085) in a header the gateway reads; either way a 400 and nothing reaches the service. A tab inside
        // a value is allowed (RFC 9110) and passes both
        for (byte bad : new byte[] {(byte) 0x85, 0x7f, 0x01}) {
            lastHeaders.clear();
            String answer = raw("X-Correlation-Id", new byte[] {'a', bad, 'b'});
            assertThat(answer).as("0x%02X", bad).startsWith("HTTP/1.1 400");
            assertThat(lastHeaders).as("0x%02X", bad).isEmpty();
        }
        assertThat(raw("X-Client-Note", "tab\tinside".getBytes(StandardCharsets.ISO_8859_1))).startsWith("HTTP/1.1 200");
        // (the test's receiver, the JDK's HttpServer, reads the tab as a space)
        assertThat(lastHeaders.get("x-client-note")).isIn("tab\tinside", "tab inside");
    }

    private String raw(String header, byte[] value) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/survey/communities HTTP/1.1\r\nHost: localhost:" + port + "\r\nAuthorization: Bearer "
                    + token + "\r\nConnection: close\r\n" + header + ": ").getBytes(StandardCharsets.ISO_8859_1));
            out.write(value);
            out.write("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void anOverLongUriIs414Problem() throws Exception {
        HttpResponse<String> response = get("/api/survey/communities/" + "x".repeat(5_000));
        assertThat(response.statusCode()).isEqualTo(414);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(json.readTree(response.body()).get("code").asString()).isEqualTo("URI_TOO_LONG");
    }

    @Test
    void repeatedFailuresOpenTheServicesCircuitWhichRecoversByItself() throws Exception {
        // project-service is down at first: its own port, nobody listening
        List<String> codes = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> r = asNewClient("/api/project/projects/x", "Accept-Language", "en");
            assertThat(r.statusCode()).isEqualTo(503);
            codes.add(json.readTree(r.body()).get("code").asString());
        }
        assertThat(codes.get(0)).isEqualTo("SERVICE_UNAVAILABLE");
        assertThat(codes.get(5)).isEqualTo("CIRCUIT_OPEN");
        HttpResponse<String> open = asNewClient("/api/project/projects/x");
        assertThat(open.headers().firstValue("Retry-After")).hasValue("2");
        // other services' circuits are their own
        assertThat(asNewClient("/api/survey/communities").statusCode()).isEqualTo(200);

        // the service comes back; after the wait the circuit lets calls through again
        HttpServer project = HttpServer.create(new java.net.InetSocketAddress("localhost", projectPort), 0);
        project.createContext("/", exchange -> {
            byte[] body = "{\"ok\":true}".getBytes();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        project.start();
        try {
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15))
                    .pollInterval(java.time.Duration.ofMillis(250))
                    .until(() -> asNewClient("/api/project/projects/x").statusCode() == 200);
        } finally {
            project.stop(0);
        }
    }

    @Test
    void anUnknownPathIs404Problem() throws Exception {
        HttpResponse<String> response = get("/api/nothing-here");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json.readTree(response.body()).get("code").asString()).isEqualTo("NOT_FOUND");
        assertThat(json.readTree(response.body()).get("title").asString()).isEqualTo("资源不存在");
    }

    @Test
    void swaggerUiListsAllFiveServices() throws Exception {
        HttpResponse<String> response = anonymous("/v3/api-docs/swagger-config");

        JsonNode urls = json.readTree(response.body()).get("urls");
        assertThat(urls).hasSize(5);
        assertThat(urls.findValuesAsString("url")).containsExactlyInAnyOrder(
                "/api/survey/v3/api-docs", "/api/plan/v3/api-docs", "/api/project/v3/api-docs",
                "/api/funding/v3/api-docs", "/api/governance/v3/api-docs");
    }

    /** Each test is its own client, so the rate limit of one never touches another. */
    private final String token = TestIssuer.get().token("client-" + UUID.randomUUID(), "CITY_OFFICE", Map.of());

    /** As a client of its own (the rate limit here is 5 per 30 s per client). */
    private HttpResponse<String> asNewClient(String path, String... headers) throws Exception {
        return anonymous(path, concat(headers, "Authorization", "Bearer "
                + TestIssuer.get().token("client-" + UUID.randomUUID(), "CITY_OFFICE", Map.of())));
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        return anonymous(path, concat(headers, "Authorization", "Bearer " + token));
    }

    private HttpResponse<String> anonymous(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String[] concat(String[] headers, String... more) {
        String[] all = java.util.Arrays.copyOf(headers, headers.length + more.length);
        System.arraycopy(more, 0, all, headers.length, more.length);
        return all;
    }

    @Test
    void withoutATokenTheGatewayAnswers401ProblemWithWwwAuthenticate() throws Exception {
        HttpResponse<String> response = anonymous("/api/survey/communities");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer");
        assertThat(json.readTree(response.body()).get("code").asString()).isEqualTo("AUTHENTICATION_REQUIRED");
    }

    @Test
    void badTokensAre401AtTheGateway() throws Exception {
        TestIssuer issuer = TestIssuer.get();
        for (String bad : List.of(issuer.expired("CITY_OFFICE"), issuer.unsigned("CITY_OFFICE"),
                issuer.signedByAnotherKey("CITY_OFFICE"), issuer.fromAnotherIssuer("CITY_OFFICE"),
                issuer.forAnotherAudience("CITY_OFFICE"),
                // no subject: an identity provider configured without it (Keycloak without its "basic" scope)
                issuer.token(null, "CITY_OFFICE", java.util.Map.of()))) {
            HttpResponse<String> response = anonymous("/api/survey/communities", "Authorization", "Bearer " + bad);

            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("invalid_token");
            assertThat(json.readTree(response.body()).get("code").asString()).isEqualTo("TOKEN_INVALID");
        }
    }

    @Test
    void apiDocsAndSwaggerUiNeedNoToken() throws Exception {
        assertThat(anonymous("/v3/api-docs/swagger-config").statusCode()).isEqualTo(200);
        assertThat(anonymous("/swagger-ui/index.html").statusCode()).isEqualTo(200);
        assertThat(anonymous("/readyz").statusCode()).isEqualTo(200);
        assertThat(anonymous("/livez").statusCode()).isEqualTo(200);
    }

    @LocalManagementPort
    int managementPort;

    @Test
    void internalsAreOnTheManagementPortOnlyNeverOnThePublicOne() throws Exception {
        for (String path : List.of("/actuator/prometheus", "/actuator/gateway/routes", "/actuator/gateway/globalfilters",
                "/actuator/health", "/actuator")) {
            HttpResponse<String> anonymousCall = anonymous(path);
            HttpResponse<String> resident = anonymous(path, "Authorization", "Bearer "
                    + TestIssuer.get().resident("220302", "h-1"));
            assertThat(anonymousCall.statusCode()).as(path).isEqualTo(404);
            assertThat(resident.statusCode()).as(path).isEqualTo(404);
            assertThat(resident.body()).doesNotContain("localhost:").doesNotContain("Filter");
        }
        HttpClient plain = HttpClient.newHttpClient();
        HttpResponse<String> metrics = plain.send(HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort
                + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> routes = plain.send(HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort
                + "/actuator/gateway/routes")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(managementPort).isNotEqualTo(port);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
        assertThat(routes.statusCode()).isEqualTo(200);
        assertThat(routes.body()).contains("survey-service");
    }

    @Test
    void eachCallToAServiceIsTimedPerRouteUnderTheGatewaysOwnName() throws Exception {
        assertThat(get("/api/survey/communities").statusCode()).isEqualTo(200);
        String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:"
                + managementPort + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString()).body();
        // (under Spring Cloud Gateway's default name, http.client.requests, Prometheus refused it: the load
        // balancer's health checks hold that name with other tag keys)
        assertThat(metrics.lines().filter(line -> line.startsWith("spring_cloud_gateway_http_client_requests_seconds_count{")
                && line.contains("spring_cloud_gateway_route_id=\"survey-service\""))).isNotEmpty();
    }

    @Test
    void aClientAboveItsRateGets429WhileAnotherIsUnaffected() throws Exception {
        int limited = 0;
        HttpResponse<String> last = null;
        for (int i = 0; i < 8; i++) {
            last = get("/api/survey/communities");
            if (last.statusCode() == 429) {
                limited++;
            }
        }
        String other = TestIssuer.get().token("other-" + UUID.randomUUID(), "CITY_OFFICE", Map.of());

        assertThat(limited).isEqualTo(3);
        assertThat(last.headers().firstValue("Retry-After")).contains("30");
        assertThat(json.readTree(last.body()).get("code").asString()).isEqualTo("TOO_MANY_REQUESTS");
        assertThat(anonymous("/api/survey/communities", "Authorization", "Bearer " + other).statusCode()).isEqualTo(200);
    }

    @Test
    void aBodyAboveTheLimitIs413() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/survey/communities"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + "x".repeat(4096) + "\"}")).build();

        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json.readTree(response.body()).get("code").asString()).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void uploadsHaveTheirOwnLargerLimit() throws Exception {
        String uploader = TestIssuer.get().token("uploader-" + java.util.UUID.randomUUID(), "DISTRICT_OFFICE",
                Map.of("district", "220302"));
        HttpResponse<String> small = client.send(upload(uploader, 4 * 1024), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> large = client.send(upload(uploader, 16 * 1024), HttpResponse.BodyHandlers.ofString());

        assertThat(small.statusCode()).isEqualTo(200);
        assertThat(large.statusCode()).isEqualTo(413);
        assertThat(json.readTree(large.body()).get("code").asString()).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    private HttpRequest upload(String bearer, int size) {
        String body = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\n"
                + "x".repeat(size) + "\r\n--b--\r\n";
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/survey/imports"))
                .header("Authorization", "Bearer " + bearer).header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    @Test
    void corsAdmitsOnlyTheConfiguredFrontEnds() throws Exception {
        HttpResponse<String> allowed = preflight("http://front.example");
        HttpResponse<String> refused = preflight("http://evil.example");

        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains("http://front.example");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void securityHeadersAreSet() throws Exception {
        HttpResponse<String> response = get("/api/nothing-here");

        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("no-referrer");
    }

    private HttpResponse<String> preflight(String origin) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/survey/communities"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Authorization, Content-Type").build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpServer startSurveyStub() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/", exchange -> {
                lastHeaders.clear();
                exchange.getRequestHeaders().forEach((k, v) -> lastHeaders.put(k.toLowerCase(), v.get(0)));
                byte[] body = ("{\"path\":\"" + exchange.getRequestURI().getPath() + "\"}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().put("Content-Type", List.of("application/json"));
                exchange.getResponseHeaders().put("X-Correlation-Id",
                        List.of(String.valueOf(exchange.getRequestHeaders().getFirst("X-Correlation-Id"))));
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
