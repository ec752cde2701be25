package org.renewal.platform.health;

import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Whether the Kafka cluster answers (brokers known within two seconds). Part of the overall health, not
 * of readiness: a service keeps taking writes while the broker is away — its outbox holds the events
 * until the broker returns — so an outage must show, but must not take the service out of rotation.
 */
public class KafkaBrokerHealthIndicator extends AbstractHealthIndicator implements AutoCloseable {

    private final Admin admin;

    public KafkaBrokerHealthIndicator(KafkaAdmin kafkaAdmin) {
        super("Kafka cluster did not answer");
        java.util.Map<String, Object> config = new java.util.HashMap<>(kafkaAdmin.getConfigurationProperties());
        config.put("request.timeout.ms", 2000);
        config.put("default.api.timeout.ms", 2000);
        this.admin = Admin.create(config);
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        var cluster = admin.describeCluster(new DescribeClusterOptions().timeoutMs(2000));
        int brokers = cluster.nodes().get(2500, TimeUnit.MILLISECONDS).size();
        builder.up().withDetail("clusterId", cluster.clusterId().get(2500, TimeUnit.MILLISECONDS))
                .withDetail("brokers", brokers);
    }

    @Override
    public void close() {
        admin.close();
    }
}
