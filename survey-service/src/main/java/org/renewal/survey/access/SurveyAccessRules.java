package org.renewal.survey.access;

import org.renewal.platform.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Role rules of survey-service. The register is kept by the district office (区旧改办, stage 2 of the
 * programme); the offices, bureaus and streets read it; other systems read it with scope
 * {@code survey.read}.
 */
@Configuration(proxyBeanMethods = false)
class SurveyAccessRules {

    static final String[] READERS = {"ROLE_DISTRICT_OFFICE", "ROLE_CITY_OFFICE", "ROLE_HOUSING_BUREAU",
        "ROLE_FINANCE", "ROLE_STREET", "SCOPE_survey.read"};

    @Bean
    AccessRules surveyAccess() {
        return rules -> rules
                .requestMatchers(HttpMethod.POST, "/api/survey/communities").hasRole("DISTRICT_OFFICE")
                .requestMatchers(HttpMethod.GET, "/api/survey/communities", "/api/survey/communities/**")
                .hasAnyAuthority(READERS);
    }
}
