package org.renewal.bench;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Webhook delivery as another system feels it: a receiver on this machine subscribes (through the gateway) to
 * survey-service's {@code survey.CommunityRegistered}; communities are registered through the gateway, and each
 * delivery's latency runs from the registration's 201 to the receiver's first sight of its event.
 *
 * <ul>
 *   <li>latency: {@code samples} registrations one after another (after {@code warmup}), each waited for;</li>
 *   <li>throughput: {@code burst} registrations from four threads at once; events per second from the first 201 to
 *   the last delivery (one subscription: deliveries go one at a time, in order).</li>
 * </ul>
 *
 * <pre>WebhookLatency gatewayUrl officeToken integrationToken samples warmup burst</pre>
 * prints {@code p50_ms p99_ms max_ms samples events_per_s burst} on standard output (logs on standard error).
 */
public final class WebhookLatency {

    private WebhookLatency() {
    }

    public static void main(String[] args) throws Exception {
        String gateway = args[0];
        String office = args[1];
        String system = args[2];
        int samples = Integer.parseInt(args[3]);
        int warmup = Integer.parseInt(args[4]);
        int burst = Integer.parseInt(args[5]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        ObjectMapper json = new ObjectMapper();
        Map<String, Long> seen = new ConcurrentHashMap<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            long at = System.nanoTime();
            JsonNode event = json.readTree(exchange.getRequestBody().readAllBytes());
            seen.putIfAbsent(event.get("subject").asString(), at);
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.setExecutor(Executors.newFixedThreadPool(2));
        receiver.start();
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        HttpResponse<String> subscribed = http.send(HttpRequest.newBuilder(URI.create(gateway
                        + "/api/survey/webhooks/subscriptions")).header("Authorization", "Bearer " + system)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"url\":\"" + url + "\",\"types\":[\"survey.CommunityRegistered\"],\"description\":\"bench\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (subscribed.statusCode() != 201) {
            throw new IllegalStateException("subscribing answered " + subscribed.statusCode() + ": " + subscribed.body());
        }
        String subscription = json.readTree(subscribed.body()).get("subscription").get("id").asString();
        String run = Long.toString(System.currentTimeMillis(), 36);
        try {
            double[] millis = new double[samples];
            for (int i = -warmup; i < samples; i++) {
                Registered r = register(http, json, gateway, office, run + "-" + (i + warmup));
                long deadline = r.at() + Duration.ofSeconds(60).toNanos();
                while (!seen.containsKey(r.id())) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("no delivery of " + r.id() + " in 60 s");
                    }
                    Thread.onSpinWait();
                }
                if (i >= 0) {
                    millis[i] = (seen.get(r.id()) - r.at()) / 1e6;
                }
            }
            Arrays.sort(millis);

            ExecutorService clients = Executors.newFixedThreadPool(4);
            List<Future<Registered>> sent = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < burst; i++) {
                String name = run + "-burst-" + i;
                sent.add(clients.submit(() -> register(http, json, gateway, office, name)));
            }
            List<String> ids = new ArrayList<>();
            for (Future<Registered> f : sent) {
                ids.add(f.get().id());
            }
            clients.shutdown();
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (!seen.keySet().containsAll(ids)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the burst was not delivered within 5 minutes");
                }
                Thread.sleep(1);
            }
            long last = ids.stream().mapToLong(seen::get).max().orElseThrow();
            double perSecond = burst / ((last - start) / 1e9);
            System.out.printf("%.3f %.3f %.3f %d %.0f %d%n", EventHop.percentile(millis, 50),
                    EventHop.percentile(millis, 99), millis[samples - 1], samples, perSecond, burst);
        } finally {
            http.send(HttpRequest.newBuilder(URI.create(gateway + "/api/survey/webhooks/subscriptions/" + subscription))
                    .header("Authorization", "Bearer " + system).DELETE().build(), HttpResponse.BodyHandlers.discarding());
            receiver.stop(0);
            ((ExecutorService) receiver.getExecutor()).shutdownNow();
        }
    }

    record Registered(String id, long at) {
    }

    private static Registered register(HttpClient http, ObjectMapper json, String gateway, String token, String name)
            throws Exception {
        String body = """
                {"name":"投递基准-%s","districtCode":"220302","streetCode":"220302001","buildYear":1995,
                 "buildings":[{"number":"1","floors":6,"households":36,"floorArea":2400.50}]}""".formatted(name);
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(gateway + "/api/survey/communities"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        long at = System.nanoTime();
        if (created.statusCode() != 201) {
            throw new IllegalStateException("registering answered " + created.statusCode() + ": " + created.body());
        }
        return new Registered(json.readTree(created.body()).get("id").asString(), at);
    }
}
