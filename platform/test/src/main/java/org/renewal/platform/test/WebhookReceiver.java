package org.renewal.platform.test;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real webhook receiver, written as another system would write one from the Standard Webhooks specification
 * alone (its own HMAC check, not the suite's): it verifies every delivery's signature against the secrets it was
 * given and its timestamp within five minutes, answers what the test tells it to (2xx, an error, 410), and keeps
 * every request. A delivery whose signature does not verify is answered 401 and counted.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as received. */
    public record Delivery(Instant at, String webhookId, String timestamp, String signature, String body,
                           JsonNode event, boolean verified, boolean replay, int answered) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final List<String> secrets = new CopyOnWriteArrayList<>();
    private volatile int answer = 204;

    private WebhookReceiver(HttpServer server) {
        this.server = server;
    }

    /** Starts on a free port of the loopback interface. */
    public static WebhookReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            WebhookReceiver receiver = new WebhookReceiver(server);
            server.createContext("/hook", receiver::handle);
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The secrets it verifies with (any one of them is enough). */
    public WebhookReceiver knows(String... known) {
        secrets.clear();
        secrets.addAll(List.of(known));
        return this;
    }

    /** What it answers a delivery whose signature verifies (204 by default; 503 "down"; 410 "gone"). */
    public WebhookReceiver answering(int status) {
        this.answer = status;
        return this;
    }

    public List<Delivery> deliveries() {
        return new ArrayList<>(deliveries);
    }

    /** Deliveries it accepted (verified and answered 2xx), first acceptance of each webhook-id, in arrival order. */
    public Map<String, Delivery> acceptedOnce() {
        Map<String, Delivery> first = new LinkedHashMap<>();
        for (Delivery d : deliveries) {
            if (d.verified() && d.answered() / 100 == 2) {
                first.putIfAbsent(d.webhookId(), d);
            }
        }
        return first;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
            String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
            boolean verified = "POST".equals(exchange.getRequestMethod())
                    && String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"))
                    .startsWith("application/cloudevents+json")
                    && verifies(id, timestamp, signature, body);
            int status = verified ? answer : 401;
            JsonNode event = null;
            try {
                event = JSON.readTree(body);
            } catch (RuntimeException notJson) {
                status = 400;
            }
            deliveries.add(new Delivery(Instant.now(), id, timestamp, signature, body, event, verified,
                    "true".equals(exchange.getRequestHeaders().getFirst("X-Renewal-Replay")), status));
            exchange.sendResponseHeaders(status, -1);
        } finally {
            exchange.close();
        }
    }

    private boolean verifies(String id, String timestamp, String header, String body) {
        if (id == null || timestamp == null || header == null) {
            return false;
        }
        long at;
        try {
            at = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(Instant.now().getEpochSecond() - at) > 300) {
            return false;
        }
        for (String secret : secrets) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.replaceFirst("^whsec_", "")),
                        "HmacSHA256"));
                String expected = "v1," + Base64.getEncoder().encodeToString(
                        mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
                for (String given : header.split(" ")) {
                    if (MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                            given.getBytes(StandardCharsets.UTF_8))) {
                        return true;
                    }
                }
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
        return false;
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
