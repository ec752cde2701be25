package org.renewal.platform.consumer;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Declares topics with their dead-letter topics, so that KafkaAdmin creates them at start-up.
 * Partitions and replication come from {@code renewal.kafka.partitions} and
 * {@code renewal.kafka.replication-factor}.
 */
public class TopicDeclarations {

    private final int partitions;
    private final short replicationFactor;

    public TopicDeclarations(int partitions, short replicationFactor) {
        this.partitions = partitions;
        this.replicationFactor = replicationFactor;
    }

    /** Each topic and its {@code .DLT}. */
    public KafkaAdmin.NewTopics withDeadLetters(String... topics) {
        List<NewTopic> all = new ArrayList<>();
        for (String topic : topics) {
            all.add(TopicBuilder.name(topic).partitions(partitions).replicas(replicationFactor).build());
            all.add(TopicBuilder.name(topic + KafkaErrorHandling.DLT_SUFFIX).partitions(partitions)
                    .replicas(replicationFactor).build());
        }
        return new KafkaAdmin.NewTopics(all.toArray(NewTopic[]::new));
    }
}
