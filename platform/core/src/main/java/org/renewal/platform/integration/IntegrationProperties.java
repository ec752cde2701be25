package org.renewal.platform.integration;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a service offers other systems ({@code renewal.integration.*}): which of its topics and event types leave the
 * suite (an allow-list: an event type not named here never does), where each topic's aggregates are stored (their
 * {@code districtCode} and {@code streetCode} are the event's place), and how long the feed keeps events and how
 * webhooks are delivered.
 *
 * @param topics           per topic of this service: the collection of its aggregates and the event types exported
 * @param retention        how long the change feed keeps an event (and how long a cursor stays valid)
 * @param allowHttp        whether subscriptions may name an {@code http://} target (development and tests only)
 * @param pollInterval     how often delivery looks for subscriptions with work (besides being woken by new events)
 * @param requestTimeout   how long one delivery may take before it counts as failed
 * @param firstRetry       the wait after the first failed delivery; each further failure doubles it
 * @param longestRetry     the longest wait between two attempts
 * @param pauseAfter       a subscription whose deliveries have failed for this long is paused, with the reason
 * @param rotationOverlap  how long the previous signing secret stays valid after a rotation
 * @param deliveryThreads  how many subscriptions one replica delivers to at once
 * @param subscriptionsPerClient how many subscriptions one client may hold
 */
@ConfigurationProperties("renewal.integration")
public record IntegrationProperties(Map<String, TopicExport> topics, Duration retention, Boolean allowHttp,
                                    Duration pollInterval, Duration requestTimeout, Duration firstRetry,
                                    Duration longestRetry, Duration pauseAfter, Duration rotationOverlap,
                                    Integer deliveryThreads, Integer subscriptionsPerClient) {

    public IntegrationProperties {
        topics = topics != null ? Map.copyOf(topics) : Map.of();
        retention = retention != null ? retention : Duration.ofDays(30);
        allowHttp = allowHttp != null && allowHttp;
        pollInterval = pollInterval != null ? pollInterval : Duration.ofSeconds(1);
        requestTimeout = requestTimeout != null ? requestTimeout : Duration.ofSeconds(10);
        firstRetry = firstRetry != null ? firstRetry : Duration.ofSeconds(5);
        longestRetry = longestRetry != null ? longestRetry : Duration.ofHours(1);
        pauseAfter = pauseAfter != null ? pauseAfter : Duration.ofHours(72);
        rotationOverlap = rotationOverlap != null ? rotationOverlap : Duration.ofHours(24);
        deliveryThreads = deliveryThreads != null ? deliveryThreads : 4;
        subscriptionsPerClient = subscriptionsPerClient != null ? subscriptionsPerClient : 20;
    }

    /**
     * One topic's export.
     *
     * @param collection the collection of the topic's aggregates (the record key is the document's id)
     * @param types      the event types that may leave (free of personal data)
     */
    public record TopicExport(String collection, List<String> types) {

        public TopicExport {
            types = types != null ? List.copyOf(types) : List.of();
        }
    }

    /** Every exported event type, sorted. */
    public Set<String> exportedTypes() {
        Set<String> all = new TreeSet<>();
        topics.values().forEach(t -> all.addAll(t.types()));
        return all;
    }

    public boolean enabled() {
        return !topics.isEmpty();
    }
}
