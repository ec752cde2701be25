package org.renewal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The suite's client waits as a refusal for load asks (Retry-After), read from real HTTP answers. */
class SuiteClientTest {

    private HttpServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", exchange -> {
            String[] parts = exchange.getRequestURI().getPath().substring(1).split("/", 2);
            if (parts.length > 1 && !parts[1].isEmpty()) {
                exchange.getResponseHeaders().add("Retry-After", java.net.URLDecoder.decode(parts[1],
                        java.nio.charset.StandardCharsets.UTF_8));
            }
            exchange.sendResponseHeaders(Integer.parseInt(parts[0]), -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private HttpResponse<Void> answer(int status, String retryAfter) throws Exception {
        String path = "/" + status + "/" + (retryAfter == null ? "" : java.net.URLEncoder.encode(retryAfter,
                java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getAddress().getPort() + path))
                .build(), HttpResponse.BodyHandlers.discarding());
    }

    @Test
    void aRefusalSaysHowLongToWaitInSecondsOrAsADate() throws Exception {
        assertThat(SuiteClient.retryAfter(answer(429, "3"))).isEqualTo(Duration.ofSeconds(3));
        assertThat(SuiteClient.retryAfter(answer(503, "2"))).isEqualTo(Duration.ofSeconds(2));
        String inFiveSeconds = ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(5)
                .format(DateTimeFormatter.RFC_1123_DATE_TIME);
        assertThat(SuiteClient.retryAfter(answer(429, inFiveSeconds))).isBetween(Duration.ofSeconds(3),
                Duration.ofSeconds(5));
    }

    @Test
    void a429WithoutTheHeaderWaitsASecondAndOtherAnswersAreNotRetried() throws Exception {
        assertThat(SuiteClient.retryAfter(answer(429, null))).isEqualTo(Duration.ofSeconds(1));
        assertThat(SuiteClient.retryAfter(answer(503, null))).as("a 503 that does not say when").isNull();
        assertThat(SuiteClient.retryAfter(answer(500, "1"))).isNull();
        assertThat(SuiteClient.retryAfter(answer(200, null))).isNull();
    }
}
