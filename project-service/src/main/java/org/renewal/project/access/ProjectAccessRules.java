package org.renewal.project.access;

import org.renewal.platform.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Role rules of project-service (stages 4–7). The district office tenders, starts and hands over; units
 * under contract report progress (checked per project); the housing bureau (and the supervision unit)
 * inspects, the bureau organises acceptance and the parties sign it; the city office evaluates; residents
 * and the owners' committee remark on the works. Which project a caller may touch is checked per record.
 */
@Configuration(proxyBeanMethods = false)
class ProjectAccessRules {

    @Bean
    AccessRules projectAccess() {
        String p = "/api/project/projects/*";
        return rules -> rules
                .requestMatchers(HttpMethod.POST, p + "/tenders", p + "/start", p + "/handover").hasRole("DISTRICT_OFFICE")
                .requestMatchers(HttpMethod.POST, p + "/items/*/progress").hasRole("UNIT")
                .requestMatchers(HttpMethod.POST, p + "/remarks").hasAnyRole("RESIDENT", "OWNERS_COMMITTEE")
                .requestMatchers(HttpMethod.POST, p + "/remarks/*/answer").hasAnyRole("DISTRICT_OFFICE", "UNIT")
                .requestMatchers(HttpMethod.POST, p + "/findings").hasAnyRole("HOUSING_BUREAU", "UNIT")
                .requestMatchers(HttpMethod.POST, p + "/findings/*/closure")
                .hasAnyRole("HOUSING_BUREAU", "UNIT", "DISTRICT_OFFICE")
                .requestMatchers(HttpMethod.POST, p + "/acceptances").hasRole("HOUSING_BUREAU")
                .requestMatchers(HttpMethod.PUT, p + "/acceptances/*/signatures/*")
                .hasAnyRole("STREET", "OWNERS_COMMITTEE", "UNIT")
                .requestMatchers(HttpMethod.POST, p + "/evaluation").hasRole("CITY_OFFICE")
                .requestMatchers(HttpMethod.GET, "/api/project/projects", p, p + "/resident-satisfaction").authenticated();
    }
}
