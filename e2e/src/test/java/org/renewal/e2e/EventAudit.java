package org.renewal.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every event on the broker's topics (dead-letter topics aside), read from the beginning, and what they say about
 * delivery: the same event more than once (at-least-once: consumers drop it by id) is allowed; the same fact
 * announced under two event ids is not.
 */
final class EventAudit {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<JsonNode> envelopes;

    private EventAudit(List<JsonNode> envelopes) {
        this.envelopes = envelopes;
    }

    static EventAudit read(String bootstrapServers) throws Exception {
        Set<String> topics;
        Properties admin = new Properties();
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin client = Admin.create(admin)) {
            topics = new HashSet<>(client.listTopics().names().get());
        }
        topics.removeIf(t -> t.startsWith("_") || t.endsWith(".DLT") || t.endsWith("-dlt"));
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "event-audit-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<JsonNode> envelopes = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    try {
                        envelopes.add(JSON.readTree(record.value()));
                    } catch (RuntimeException notAnEnvelope) {
                        // not ours to judge here (a test's own record)
                    }
                }
            }
        }
        return new EventAudit(envelopes);
    }

    int events() {
        return envelopes.size();
    }

    /** Deliveries of an event id already seen (a relay publishing again what it had published). */
    int redelivered() {
        Set<String> seen = new HashSet<>();
        int again = 0;
        for (JsonNode e : envelopes) {
            if (e.hasNonNull("eventId") && !seen.add(e.get("eventId").asString())) {
                again++;
            }
        }
        return again;
    }

    /**
     * Facts announced under more than one event id: the same type, aggregate, aggregate version and payload.
     */
    List<String> announcedTwice() {
        Map<String, Set<String>> ids = new HashMap<>();
        for (JsonNode e : envelopes) {
            if (!e.hasNonNull("eventId") || !e.hasNonNull("type")) {
                continue;
            }
            String fact = e.get("type").asString() + "|" + e.path("aggregateId").asString() + "|"
                    + e.path("aggregateVersion").asLong() + "|" + e.path("payload");
            ids.computeIfAbsent(fact, k -> new HashSet<>()).add(e.get("eventId").asString());
        }
        return ids.entrySet().stream().filter(x -> x.getValue().size() > 1).map(Map.Entry::getKey).toList();
    }

    /** A plan item's lateness (project.MilestoneLate) announced more than once by the sweeps. */
    List<String> lateMilestonesAnnouncedTwice() {
        Map<String, Set<String>> ids = new HashMap<>();
        for (JsonNode e : envelopes) {
            if (!"project.MilestoneLate".equals(e.path("type").asString())) {
                continue;
            }
            JsonNode p = e.get("payload");
            String item = p.path("projectId").asString() + "|" + p.path("lineId").asString() + "|"
                    + p.path("plannedFinish").asString();
            ids.computeIfAbsent(item, k -> new HashSet<>()).add(e.get("eventId").asString());
        }
        return ids.entrySet().stream().filter(x -> x.getValue().size() > 1).map(Map.Entry::getKey).toList();
    }
}
