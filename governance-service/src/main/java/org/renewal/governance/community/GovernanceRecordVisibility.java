package org.renewal.governance.community;

import org.renewal.platform.security.VisibleRecord;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Not found first: a write to a community's governance record the caller may not see is 404 before anything else. */
@Configuration(proxyBeanMethods = false)
class GovernanceRecordVisibility {

    @Bean
    VisibleRecord governanceRecord(GovernanceService governance) {
        return new VisibleRecord("/api/governance/communities/{communityId}", "communityId", governance::get);
    }
}
