package org.renewal.platform.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Outbox relay settings ({@code renewal.outbox.*}).
 *
 * @param sweepInterval how often the sweep looks for events a crash or an outage left behind
 * @param sweepGrace    how old a pending event must be before the sweep takes it (the immediate
 *                      publish gets the first chance)
 * @param sendTimeout   how long one publish may wait for the broker's acknowledgement
 * @param batchSize     how many documents one sweep round takes per collection
 * @param fullSweepInterval how often the sweep asks the store even when this process left nothing
 *                      behind: for what another replica's crash left
 */
@ConfigurationProperties("renewal.outbox")
public record OutboxProperties(Duration sweepInterval, Duration sweepGrace, Duration sendTimeout, Integer batchSize,
                               Duration fullSweepInterval) {

    public OutboxProperties {
        sweepInterval = sweepInterval != null ? sweepInterval : Duration.ofSeconds(2);
        sweepGrace = sweepGrace != null ? sweepGrace : Duration.ofSeconds(5);
        sendTimeout = sendTimeout != null ? sendTimeout : Duration.ofSeconds(10);
        batchSize = batchSize != null ? batchSize : 200;
        fullSweepInterval = fullSweepInterval != null ? fullSweepInterval : Duration.ofMinutes(1);
    }
}
