package org.renewal.funding.ledger;

import org.renewal.platform.security.VisibleRecord;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Not found first: a write to a funding plan the caller may not see is 404 before its body is read. */
@Configuration(proxyBeanMethods = false)
class FundingPlanVisibility {

    @Bean
    VisibleRecord fundingPlan(FundingService funding) {
        return new VisibleRecord("/api/funding/funding-plans/{id}", "id", funding::get);
    }
}
