package org.renewal.e2e;

import java.time.Duration;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

/**
 * The services' outboxes as the store holds them: every document still carrying events not yet on Kafka
 * ({@code pendingEvents} not empty), in each service's own database.
 */
final class Outboxes {

    private final String uri;
    private final List<String> services;

    Outboxes(String uri, List<String> services) {
        this.uri = uri;
        this.services = services;
    }

    /** Events still waiting in any outbox. */
    long unpublished() {
        long pending = 0;
        try (MongoClient client = MongoClients.create(uri)) {
            for (String service : services) {
                MongoDatabase db = client.getDatabase("renewal-" + service);
                for (String collection : db.listCollectionNames()) {
                    pending += db.getCollection(collection).countDocuments(Filters.exists("pendingEvents.0"));
                }
            }
        }
        return pending;
    }

    /** Waits until every outbox is empty (the relays' sweeps publish what a crash left), or returns what is left. */
    long awaitEmpty(Duration timeout) {
        try {
            org.awaitility.Awaitility.await().atMost(timeout).pollInterval(Duration.ofSeconds(1))
                    .until(() -> unpublished() == 0);
        } catch (org.awaitility.core.ConditionTimeoutException left) {
            // reported by the caller as the number still waiting
        }
        return unpublished();
    }
}
