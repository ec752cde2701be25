package org.renewal.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.renewal.platform.embedded.TestIssuer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two gateways in front of the same service with the rate shared on a real Redis server (Debian's {@code
 * redis-server}, started here on a port of its own; the test skips, saying so, where it is not installed): a client
 * whose calls alternate between the gateways gets exactly its rate in all, not its rate at each gateway; another
 * client is unaffected. The same two gateways with {@code shared=false} give the client twice its rate — what the
 * per-gateway limit documents.
 */
class SharedRateLimitIT {

    static final int RATE = 10;
    static Process redis;
    static int redisPort;
    static HttpServer backend;
    static final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    static void startRedisAndBackend() throws Exception {
        Path server = Path.of(System.getenv().getOrDefault("REDIS_SERVER", "/usr/bin/redis-server"));
        Assumptions.assumeTrue(Files.isExecutable(server), "no redis-server at " + server
                + " (Debian's package redis-server; .ci/run installs it): the shared rate limit is not tested here");
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            redisPort = free.getLocalPort();
        }
        redis = new ProcessBuilder(server.toString(), "--port", String.valueOf(redisPort), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        org.awaitility.Awaitility.await("redis-server listening on " + redisPort).atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100)).ignoreExceptions().until(() -> {
                    try (Socket ignored = new Socket("127.0.0.1", redisPort)) {
                        return true;
                    }
                });
        backend = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        backend.createContext("/", exchange -> {
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        backend.start();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (backend != null) {
            backend.stop(0);
        }
        if (redis != null) {
            redis.destroy();
            redis.waitFor();
        }
    }

    @Test
    void aClientGetsItsRateOnceAcrossTwoGateways() throws Exception {
        List<ConfigurableApplicationContext> gateways = List.of(gateway(true), gateway(true));
        try {
            String token = TestIssuer.get().token("shared-" + UUID.randomUUID(), "CITY_OFFICE", Map.of());
            List<Integer> statuses = alternate(gateways, token, RATE + 4);

            assertThat(statuses.subList(0, RATE)).containsOnly(200);
            assertThat(statuses.subList(RATE, RATE + 4)).containsOnly(429);
            String other = TestIssuer.get().token("other-" + UUID.randomUUID(), "CITY_OFFICE", Map.of());
            assertThat(alternate(gateways, other, 2)).containsOnly(200);
        } finally {
            gateways.forEach(ConfigurableApplicationContext::close);
        }
    }

    @Test
    void withoutSharingEachGatewayCountsItsOwn() throws Exception {
        List<ConfigurableApplicationContext> gateways = List.of(gateway(false), gateway(false));
        try {
            String token = TestIssuer.get().token("local-" + UUID.randomUUID(), "CITY_OFFICE", Map.of());
            List<Integer> statuses = alternate(gateways, token, 2 * RATE + 2);

            assertThat(statuses.subList(0, 2 * RATE)).containsOnly(200);
            assertThat(statuses.subList(2 * RATE, 2 * RATE + 2)).containsOnly(429);
        } finally {
            gateways.forEach(ConfigurableApplicationContext::close);
        }
    }

    private static List<Integer> alternate(List<ConfigurableApplicationContext> gateways, String token, int calls)
            throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            int port = Integer.parseInt(gateways.get(i % gateways.size()).getEnvironment().getProperty("local.server.port"));
            statuses.add(client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/survey/communities"))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.discarding()).statusCode());
        }
        return statuses;
    }

    private static ConfigurableApplicationContext gateway(boolean shared) {
        return new SpringApplicationBuilder(GatewayApplication.class).run(
                "--server.port=0", "--management.server.port=0",
                "--renewal.gateway.rate-limit.requests=" + RATE, "--renewal.gateway.rate-limit.period=60s",
                "--GATEWAY_RATE_LIMIT_SHARED=" + shared, "--GATEWAY_REDIS_URL=redis://127.0.0.1:" + redisPort,
                "--SURVEY_SERVICE_URI=http://localhost:" + backend.getAddress().getPort(),
                "--renewal.security.issuer-uri=" + TestIssuer.get().issuer(),
                "--renewal.security.jwk-set-uri=" + TestIssuer.get().jwkSetUri());
    }
}
