package org.renewal.governance.access;

import org.renewal.platform.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Role rules of governance-service: the street and the district office record bodies; all signed in read (per record). */
@Configuration(proxyBeanMethods = false)
class GovernanceAccessRules {

    @Bean
    AccessRules governanceAccess() {
        return rules -> rules
                .requestMatchers(HttpMethod.PUT, "/api/governance/communities/*/self-governance-group")
                .hasAnyRole("STREET", "DISTRICT_OFFICE")
                .requestMatchers(HttpMethod.GET, "/api/governance/communities/*").authenticated();
    }
}
