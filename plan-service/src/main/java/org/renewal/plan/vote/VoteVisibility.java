package org.renewal.plan.vote;

import org.renewal.platform.security.VisibleRecord;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Not found first: a ballot or a closing for a vote the caller may not see (another district's, another community's
 * for a resident) is 404 before its body is read or a rule runs.
 */
@Configuration(proxyBeanMethods = false)
class VoteVisibility {

    @Bean
    VisibleRecord vote(VoteService votes) {
        return new VisibleRecord("/api/plan/votes/{id}", "id", votes::get);
    }
}
