package org.renewal.funding.ledger;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The hourly check for funding plans whose sources fall short of their cost (announced once per gap). */
@Component
class GapSweep {

    private final FundingService funding;

    GapSweep(FundingService funding) {
        this.funding = funding;
    }

    @Scheduled(initialDelayString = "${renewal.funding.gap-check-initial-delay:PT1M}",
            fixedDelayString = "${renewal.funding.gap-check-interval:PT1H}")
    void gapCheck() {
        funding.announceGaps();
    }
}
