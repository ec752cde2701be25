package org.renewal.platform.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class WebhookBackoffTest {

    final IntegrationProperties defaults = new IntegrationProperties(Map.of(), null, null, null, null, null, null,
            null, null, null, null);
    final WebhookDelivery delivery = new WebhookDelivery(null, null, defaults, Clock.systemUTC(),
            new SimpleMeterRegistry(), null);

    @Test
    void waitsDoubleFromTheFirstRetryUpToTheLongestWithinTenPercent() {
        assertThat(delivery.backoff(1)).isBetween(Duration.ofMillis(4500), Duration.ofMillis(5500));
        assertThat(delivery.backoff(2)).isBetween(Duration.ofSeconds(9), Duration.ofSeconds(11));
        assertThat(delivery.backoff(10)).isBetween(Duration.ofMillis(2304_000), Duration.ofMillis(2816_000));
        assertThat(delivery.backoff(11)).isBetween(Duration.ofMinutes(54), Duration.ofMinutes(66));
        assertThat(delivery.backoff(500)).isBetween(Duration.ofMinutes(54), Duration.ofMinutes(66));
    }

    /** The floor: retries go on for at least 24 hours before a subscription pauses. */
    @Test
    void retriesLastAtLeastADayBeforeTheSubscriptionPauses() {
        Duration waited = Duration.ZERO;
        int attempts = 0;
        while (waited.compareTo(defaults.pauseAfter()) < 0) {
            waited = waited.plus(delivery.backoff(++attempts));
        }
        assertThat(defaults.pauseAfter()).isGreaterThanOrEqualTo(Duration.ofHours(24));
        assertThat(attempts).isGreaterThan(24);
    }
}
