package org.renewal.funding.ledger;

import java.time.Duration;

import org.renewal.platform.schedule.ClusterLeases;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The hourly check for funding plans whose sources fall short of their cost (announced once per gap), run by one
 * replica per interval ({@link ClusterLeases}).
 */
@Component
class GapSweep {

    private final FundingService funding;
    private final ClusterLeases leases;
    private final Duration interval;

    GapSweep(FundingService funding, ClusterLeases leases,
             @Value("${renewal.funding.gap-check-interval:PT1H}") Duration interval) {
        this.funding = funding;
        this.leases = leases;
        this.interval = interval;
    }

    @Scheduled(initialDelayString = "${renewal.funding.gap-check-initial-delay:PT1M}",
            fixedDelayString = "${renewal.funding.gap-check-interval:PT1H}")
    void gapCheck() {
        leases.runOncePerInterval("funding.gap-sweep", interval, funding::announceGaps);
    }
}
