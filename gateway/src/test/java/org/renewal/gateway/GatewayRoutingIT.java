package org.renewal.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway in front of a real HTTP backend (survey) and a service that is down (plan):
 * routing by prefix, correlation ids, forwarded headers, and problem+json when a service is down.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayRoutingIT {

    static final Map<String, String> lastHeaders = new ConcurrentHashMap<>();
    static final HttpServer survey = startSurveyStub();
    static final int downPort = freePort();
    static final JsonMapper json = JsonMapper.builder().build();
    static final HttpClient client = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        registry.add("SURVEY_SERVICE_URI", () -> "http://localhost:" + survey.getAddress().getPort());
        registry.add("PLAN_SERVICE_URI", () -> "http://localhost:" + downPort);
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
        assertThat(problem.get("code").asString()).isEqualTo("SERVICE_UNAVAILABLE");
        assertThat(problem.get("title").asString()).isEqualTo("Service unavailable");
        assertThat(problem.get("correlationId").asString())
                .isEqualTo(response.headers().firstValue("X-Correlation-Id").orElseThrow());
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
        HttpResponse<String> response = get("/v3/api-docs/swagger-config");

        JsonNode urls = json.readTree(response.body()).get("urls");
        assertThat(urls).hasSize(5);
        assertThat(urls.findValuesAsString("url")).containsExactlyInAnyOrder(
                "/api/survey/v3/api-docs", "/api/plan/v3/api-docs", "/api/project/v3/api-docs",
                "/api/funding/v3/api-docs", "/api/governance/v3/api-docs");
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
