package org.renewal.plan.messaging;

import org.renewal.plan.PlanApplication;
import org.renewal.platform.test.EmbeddedInfrastructure;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A plan-service of its own on the shared broker and store, for tests that stop and start it: its own
 * database and consumer group, so what it reads and writes is apart from every other test's.
 */
final class StandalonePlanService {

    private StandalonePlanService() {
    }

    static ConfigurableApplicationContext start(String database, String group) {
        EmbeddedInfrastructure infra = EmbeddedInfrastructure.get();
        return new SpringApplicationBuilder(PlanApplication.class).run(
                "--server.port=0", "--management.server.port=0",
                "--spring.kafka.bootstrap-servers=" + infra.kafkaBootstrapServers(),
                "--spring.mongodb.uri=" + infra.mongoUri(),
                "--spring.mongodb.database=" + database,
                "--spring.kafka.consumer.group-id=" + group);
    }
}
