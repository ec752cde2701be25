package org.renewal.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The event hop as a user feels it: a community registered through the gateway (survey-service
 * writes it and its {@code CommunityRegistered} event to its outbox and answers 201), then how long
 * until plan-service's read model holds it. Time runs from the 201 to the first sight of the
 * community in the read model; samples are taken one after another, after a warm-up.
 *
 * <p>The observer is either plan-service's API ({@code http://…}: GET by id until 200) or plan-service's
 * database ({@code mongodb://…}: a find by id in {@code renewal-plan-service.communities}, what the API
 * reads). The API observer is itself load: an authenticated GET every half millisecond took half of
 * plan-service's CPU during the hop (docs/performance.md), so the benchmark observes the store.
 *
 * <pre>EventHop gatewayUrl observerUrl token samples warmup [pollMillis (1)] [pauseMillis between samples (0)]</pre>
 * prints {@code p50_ms p99_ms max_ms samples} on standard output, which bench/run.sh reads (logs go to
 * standard error).
 */
public final class EventHop {

    private EventHop() {
    }

    public static void main(String[] args) throws Exception {
        String gateway = args[0];
        String observer = args[1];
        String token = args[2];
        int samples = Integer.parseInt(args[3]);
        int warmup = Integer.parseInt(args[4]);
        long pollNanos = args.length > 5 ? (long) (Double.parseDouble(args[5]) * 1_000_000) : 1_000_000;
        long pauseMillis = args.length > 6 ? Long.parseLong(args[6]) : 0;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        ObjectMapper json = new ObjectMapper();
        String run = Long.toString(System.currentTimeMillis(), 36);
        double[] millis = new double[samples];
        Predicate<String> shown;
        MongoClient store = null;
        if (observer.startsWith("mongodb://")) {
            store = MongoClients.create(observer);
            MongoCollection<Document> readModel = store.getDatabase("renewal-plan-service").getCollection("communities");
            shown = id -> readModel.find(new Document("_id", id)).projection(new Document("_id", 1)).first() != null;
        } else {
            shown = id -> {
                HttpRequest read = HttpRequest.newBuilder(URI.create(observer + "/api/plan/communities/" + id))
                        .header("Authorization", "Bearer " + token).GET().build();
                try {
                    return http.send(read, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                } catch (java.io.IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            };
        }
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
            String id = community.get("id").asString();
            long deadline = accepted + Duration.ofSeconds(30).toNanos();
            while (!shown.test(id)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("plan-service did not show community " + community.get("id") + " in 30 s");
                }
                LockSupport.parkNanos(pollNanos);
            }
            if (i >= 0) {
                millis[i] = (System.nanoTime() - accepted) / 1e6;
            }
            Thread.sleep(pauseMillis);
        }
        if (store != null) {
            store.close();
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
