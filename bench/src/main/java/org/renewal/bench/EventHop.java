package org.renewal.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.locks.LockSupport;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The event hop as a user feels it: a community registered through the gateway (survey-service
 * writes it and its {@code CommunityRegistered} event to its outbox and answers 201), then how long
 * until plan-service's read model shows it. Time runs from the 201 to plan-service's first 200,
 * polled directly every {@code 0.5 ms}; samples are taken one after another, after a warm-up.
 *
 * <pre>EventHop gatewayUrl planServiceUrl token samples warmup</pre>
 * prints {@code p50_ms p99_ms max_ms samples}.
 */
public final class EventHop {

    private EventHop() {
    }

    public static void main(String[] args) throws Exception {
        String gateway = args[0];
        String plan = args[1];
        String token = args[2];
        int samples = Integer.parseInt(args[3]);
        int warmup = Integer.parseInt(args[4]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        ObjectMapper json = new ObjectMapper();
        String run = Long.toString(System.currentTimeMillis(), 36);
        double[] millis = new double[samples];
        for (int i = -warmup; i < samples; i++) {
            String body = """
                    {"name":"事件基准-%s-%d","districtCode":"220302","streetCode":"220302001","buildYear":1995,
                     "buildings":[{"number":"1","floors":6,"households":36,"floorArea":2400.50}]}"""
                    .formatted(run, i + warmup);
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(gateway + "/api/survey/communities"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            long accepted = System.nanoTime();
            if (created.statusCode() != 201) {
                throw new IllegalStateException("registering answered " + created.statusCode() + ": " + created.body());
            }
            JsonNode community = json.readTree(created.body());
            HttpRequest read = HttpRequest.newBuilder(URI.create(plan + "/api/plan/communities/" + community.get("id").asString()))
                    .header("Authorization", "Bearer " + token).GET().build();
            long deadline = accepted + Duration.ofSeconds(30).toNanos();
            while (http.send(read, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("plan-service did not show community " + community.get("id") + " in 30 s");
                }
                LockSupport.parkNanos(500_000);
            }
            if (i >= 0) {
                millis[i] = (System.nanoTime() - accepted) / 1e6;
            }
        }
        Arrays.sort(millis);
        System.out.printf("%.3f %.3f %.3f %d%n", percentile(millis, 50), percentile(millis, 99), millis[samples - 1], samples);
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
