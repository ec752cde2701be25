package org.renewal.survey.community;

import org.renewal.platform.security.VisibleRecord;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Not found first: a write to a community the caller may not see is 404 before its body is read or a rule runs. */
@Configuration(proxyBeanMethods = false)
class CommunityVisibility {

    @Bean
    VisibleRecord community(CommunityService communities) {
        return new VisibleRecord("/api/survey/communities/{id}", "id", communities::requireVisible);
    }

    @Bean
    VisibleRecord rollProposal(RollProposals proposals) {
        return new VisibleRecord("/api/survey/roll-proposals/{proposalId}", "proposalId", proposals::get);
    }
}
