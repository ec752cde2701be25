package org.renewal.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renewal.platform.embedded.TestIssuer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fair sharing at the edge, against a real HTTP backend that holds requests as long as a test wants: one client
 * (signed in or anonymous) cannot take a service from the others, refusals for load are 429/503 with
 * {@code Retry-After} and never open the service's circuit, and the API descriptions come from the gateway's cache.
 * Limits here are small: 2 in flight per client, 3 for all anonymous callers together, 4 per route.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "renewal.gateway.rate-limit.requests=10000", "renewal.gateway.rate-limit.anonymous-requests=10000",
        "renewal.gateway.concurrency.per-client=2", "renewal.gateway.concurrency.per-anonymous-client=2",
        "renewal.gateway.concurrency.all-anonymous=3", "renewal.gateway.concurrency.per-route=4",
        "resilience4j.circuitbreaker.configs.default.minimum-number-of-calls=4",
        "resilience4j.circuitbreaker.configs.default.sliding-window-size=4"})
class FairShareIT {

    static final AtomicInteger held = new AtomicInteger();
    static final AtomicInteger docsServed = new AtomicInteger();
    static volatile CountDownLatch release = new CountDownLatch(0);
    static final HttpServer governance = startGovernanceStub();
    static final HttpClient client = HttpClient.newBuilder().executor(Executors.newCachedThreadPool()).build();
    static final JsonMapper json = JsonMapper.builder().build();

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        registry.add("GOVERNANCE_SERVICE_URI", () -> "http://localhost:" + governance.getAddress().getPort());
        registry.add("renewal.security.issuer-uri", () -> TestIssuer.get().issuer());
        registry.add("renewal.security.jwk-set-uri", () -> TestIssuer.get().jwkSetUri());
    }

    @LocalServerPort
    int port;

    @BeforeEach
    void hold() {
        release = new CountDownLatch(1);
    }

    @AfterEach
    void letGo() {
        release.countDown();
        await().atMost(Duration.ofSeconds(10)).until(() -> held.get() == 0);
    }

    @AfterAll
    static void stop() {
        governance.stop(0);
    }

    @Test
    void aClientAtItsConcurrencyLimitGets429WhileAnotherIsServed() throws Exception {
        String a = token();
        List<CompletableFuture<HttpResponse<String>>> slow = List.of(send("/api/governance/slow", a),
                send("/api/governance/slow", a));
        await().atMost(Duration.ofSeconds(10)).until(() -> held.get() == 2);

        HttpResponse<String> third = send("/api/governance/fast", a).get(10, TimeUnit.SECONDS);
        assertThat(third.statusCode()).isEqualTo(429);
        assertThat(third.headers().firstValue("Retry-After")).isPresent();
        assertThat(json.readTree(third.body()).get("code").asString()).isEqualTo("TOO_MANY_REQUESTS");
        assertThat(send("/api/governance/fast", token()).get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);

        release.countDown();
        for (var response : slow) {
            assertThat(response.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aFullRouteIs503WithRetryAfterAndItsRefusalsNeverOpenTheCircuit() throws Exception {
        String a = token();
        String b = token();
        List<CompletableFuture<HttpResponse<String>>> slow = List.of(send("/api/governance/slow", a),
                send("/api/governance/slow", a), send("/api/governance/slow", b), send("/api/governance/slow", b));
        await().atMost(Duration.ofSeconds(10)).until(() -> held.get() == 4);

        String c = token();
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> busy = send("/api/governance/fast", c).get(10, TimeUnit.SECONDS);
            assertThat(busy.statusCode()).isEqualTo(503);
            assertThat(busy.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(json.readTree(busy.body()).get("code").asString()).isEqualTo("SERVICE_BUSY");
        }

        release.countDown();
        for (var response : slow) {
            assertThat(response.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
        // ten refusals with a window of four: had they counted, the circuit would be open now
        HttpResponse<String> after = send("/api/governance/fast", c).get(10, TimeUnit.SECONDS);
        assertThat(after.statusCode()).as(after.body()).isEqualTo(200);
    }

    @Test
    void aBurstOfAnonymousRequestsLeavesTheServiceToSignedInCallers() throws Exception {
        // the reproduction: ~150 parallel requests for an API description that does not exist, without a token
        List<CompletableFuture<HttpResponse<String>>> burst = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            burst.add(send("/api/governance/v3/api-docs/x", null));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> held.get() == 2);
        assertThat(held.get()).isLessThanOrEqualTo(3);

        HttpResponse<String> office = send("/api/governance/fast", token()).get(10, TimeUnit.SECONDS);
        assertThat(office.statusCode()).isEqualTo(200);

        release.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (var response : burst) {
            statuses.add(response.get(20, TimeUnit.SECONDS).statusCode());
        }
        assertThat(statuses).containsOnly(200, 429).contains(429);
    }

    @Test
    void theApiDescriptionsComeFromTheGatewaysCache() throws Exception {
        int before = docsServed.get();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> docs = send("/api/governance/v3/api-docs", null).get(10, TimeUnit.SECONDS);
            assertThat(docs.statusCode()).isEqualTo(200);
            assertThat(docs.body()).contains("\"openapi\"");
        }
        assertThat(docsServed.get() - before).isEqualTo(1);
    }

    private CompletableFuture<HttpResponse<String>> send(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String token() {
        return TestIssuer.get().token("client-" + UUID.randomUUID(), "CITY_OFFICE", Map.of());
    }

    /** governance-service as a stub: {@code /slow} and unknown API descriptions are held until the test lets go. */
    private static HttpServer startGovernanceStub() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.setExecutor(Executors.newCachedThreadPool());
            server.createContext("/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                if (path.equals("/api/governance/v3/api-docs")) {
                    docsServed.incrementAndGet();
                    answer(exchange, "{\"openapi\":\"3.1.0\",\"paths\":{}}");
                    return;
                }
                if (path.endsWith("/slow") || path.startsWith("/api/governance/v3/api-docs/")) {
                    held.incrementAndGet();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        held.decrementAndGet();
                    }
                }
                answer(exchange, "{\"path\":\"" + path + "\"}");
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().put("Content-Type", List.of("application/json"));
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
