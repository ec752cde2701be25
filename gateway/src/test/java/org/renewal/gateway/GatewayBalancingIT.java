package org.renewal.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.renewal.platform.embedded.TestIssuer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * One service as several instances behind the gateway ({@code SURVEY_SERVICE_URI} naming three addresses, one of
 * them stopped after the gateway's health check saw it alive), as a replica set looks while one replica is down: calls are balanced over the live
 * ones; a call refused by a dead instance is made again on another whatever its method; a read whose instance
 * dropped it is made again; a write that reached an instance is never repeated by the gateway.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "renewal.gateway.rate-limit.requests=10000", "renewal.gateway.concurrency.per-client=64",
        // checks every 10 minutes: within a test the dead instance stays on the list, so the retries are what
        // keep every call answered
        "GATEWAY_INSTANCE_CHECK_INTERVAL=10m"})
class GatewayBalancingIT {

    static final Backend first = new Backend();
    static final Backend second = new Backend();
    /** Alive when the gateway's health check looks, stopped before the calls (a replica killed between checks). */
    static final Backend stopped = new Backend();
    static final HttpClient client = HttpClient.newHttpClient();
    static final JsonMapper json = JsonMapper.builder().build();

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        registry.add("SURVEY_SERVICE_URI", () -> "http://localhost:" + first.port() + ", http://localhost:" + stopped.port()
                + ",http://localhost:" + second.port());
        registry.add("renewal.security.issuer-uri", () -> TestIssuer.get().issuer());
        registry.add("renewal.security.jwk-set-uri", () -> TestIssuer.get().jwkSetUri());
    }

    @AfterAll
    static void stop() {
        first.server.stop(0);
        second.server.stop(0);
        stopped.server.stop(0);
    }

    @LocalServerPort
    int port;

    private final String token = TestIssuer.get().token("balancing-client", "CITY_OFFICE", Map.of());
    private static final java.util.concurrent.atomic.AtomicBoolean killed = new java.util.concurrent.atomic.AtomicBoolean();

    /** Every instance in use (the health check found all three alive), then one is killed, once for all tests. */
    @org.junit.jupiter.api.BeforeEach
    void killOneReplicaBetweenHealthChecks() {
        if (killed.compareAndSet(false, true)) {
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(
                    () -> send("GET", "/api/survey/warm-up").statusCode() == 200 && stopped.count("/api/survey/warm-up") > 0);
            stopped.server.stop(0);
        }
    }

    @Test
    void readsAndWritesAreSpreadOverTheLiveInstancesAndNoneIsLostToTheDeadOne() throws Exception {
        int before = first.count("/api/survey/items") + second.count("/api/survey/items");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            statuses.add(send("GET", "/api/survey/items").statusCode());
            statuses.add(send("POST", "/api/survey/items").statusCode());
        }

        assertThat(statuses).containsOnly(200);
        // each of the 60 calls reached exactly one live instance once: none lost, none doubled
        assertThat(first.count("/api/survey/items") + second.count("/api/survey/items") - before).isEqualTo(60);
        assertThat(first.count("/api/survey/items")).isGreaterThanOrEqualTo(15);
        assertThat(second.count("/api/survey/items")).isGreaterThanOrEqualTo(15);
    }

    @Test
    void aWriteThatReachedAnInstanceIsNeverRepeatedByTheGateway() throws Exception {
        for (int i = 0; i < 6; i++) {
            int before = first.count("/api/survey/failing") + second.count("/api/survey/failing");
            HttpResponse<String> response = send("POST", "/api/survey/failing");
            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(first.count("/api/survey/failing") + second.count("/api/survey/failing") - before).isEqualTo(1);
        }
    }

    @Test
    void aReadAnInstanceDroppedIsMadeAgainElsewhereAWriteIsARetriableProblem() throws Exception {
        // the first instance drops these calls without answering (as a killed process does)
        for (int i = 0; i < 6; i++) {
            assertThat(send("GET", "/api/survey/dropped").statusCode()).isEqualTo(200);
        }
        assertThat(second.count("/api/survey/dropped")).isGreaterThanOrEqualTo(6);

        List<HttpResponse<String>> writes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            writes.add(send("POST", "/api/survey/dropped"));
        }
        HttpResponse<String> interrupted = writes.stream().filter(r -> r.statusCode() != 200).findFirst().orElseThrow();
        assertThat(interrupted.statusCode()).isEqualTo(503);
        assertThat(interrupted.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(json.readTree(interrupted.body()).get("code").asString()).isEqualTo("SERVICE_INTERRUPTED");
    }

    private HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("{\"n\":1}"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** An instance that counts the calls it received, by path. */
    static final class Backend {
        final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
        final HttpServer server;
        final boolean drops;
        static final AtomicInteger started = new AtomicInteger();

        Backend() {
            this.drops = started.getAndIncrement() == 0;
            try {
                server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.createContext("/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                exchange.getRequestBody().readAllBytes();
                if (!path.equals("/readyz")) {
                    calls.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
                }
                if (path.endsWith("/dropped") && drops) {
                    exchange.close(); // no status, no body: the connection closes
                    return;
                }
                int status = path.endsWith("/failing") ? 500 : 200;
                byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
        }

        int port() {
            return server.getAddress().getPort();
        }

        int count(String path) {
            AtomicInteger n = calls.get(path);
            return n == null ? 0 : n.get();
        }
    }

}
