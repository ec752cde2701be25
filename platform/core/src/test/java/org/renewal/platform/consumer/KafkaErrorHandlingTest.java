package org.renewal.platform.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

class KafkaErrorHandlingTest {

    @Test
    void aStoreOutageAnywhereInTheCauseChainHoldsTheOffset() {
        var wrapped = new ListenerExecutionFailedException("listener failed",
                new DataAccessResourceFailureException("Timed out waiting for a server"));

        assertThat(KafkaErrorHandling.isStoreOutage(wrapped)).isTrue();
    }

    @Test
    void otherFailuresAreRetriedBoundedlyThenDeadLettered() {
        assertThat(KafkaErrorHandling.isStoreOutage(new IllegalStateException("bug"))).isFalse();
        assertThat(KafkaErrorHandling.isStoreOutage(
                new ListenerExecutionFailedException("x", new IllegalArgumentException("bad")))).isFalse();
    }
}
