package org.renewal.platform.test;

import org.renewal.platform.embedded.TestIssuer;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points a test application context at the shared embedded broker and store. */
public class EmbeddedInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        EmbeddedInfrastructure infra = EmbeddedInfrastructure.get();
        TestPropertyValues.of(
                "spring.kafka.bootstrap-servers=" + infra.kafkaBootstrapServers(),
                "spring.mongodb.uri=" + infra.mongoUri(),
                "renewal.outbox.sweep-interval=500ms",
                "renewal.outbox.sweep-grace=1s",
                "renewal.kafka.max-retries=2",
                "renewal.security.issuer-uri=" + TestIssuer.get().issuer(),
                "renewal.security.jwk-set-uri=" + TestIssuer.get().jwkSetUri()
        ).applyTo(context);
    }
}
