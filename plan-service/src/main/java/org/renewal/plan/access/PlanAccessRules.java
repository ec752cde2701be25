package org.renewal.plan.access;

import org.renewal.platform.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Role rules of plan-service: the offices, bureaus and streets read the communities known to planning;
 * everyone signed in reads the renovation menu (residents choose from it).
 */
@Configuration(proxyBeanMethods = false)
class PlanAccessRules {

    @Bean
    AccessRules planAccess() {
        return rules -> rules
                .requestMatchers(HttpMethod.GET, "/api/plan/menu-items", "/api/plan/menu-items/**").authenticated()
                .requestMatchers(HttpMethod.GET, "/api/plan/communities", "/api/plan/communities/**")
                .hasAnyAuthority("ROLE_DISTRICT_OFFICE", "ROLE_CITY_OFFICE", "ROLE_HOUSING_BUREAU", "ROLE_FINANCE",
                        "ROLE_STREET", "SCOPE_plan.read");
    }
}
