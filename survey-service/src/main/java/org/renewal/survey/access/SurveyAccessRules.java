package org.renewal.survey.access;

import org.renewal.platform.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Role rules of survey-service (stages 1–2 of the programme). The district office (区旧改办) keeps the
 * register, the reserve and imports; the street (街道/社区) mobilises residents, keeps household rolls
 * with the office, logs outreach and enters paper questionnaires; residents answer for their own
 * household (checked per record); the offices, bureaus and streets read; other systems read with scope
 * {@code survey.read}. Records outside the caller's district (a street: its street) are not found.
 */
@Configuration(proxyBeanMethods = false)
class SurveyAccessRules {

    static final String[] READERS = {"ROLE_DISTRICT_OFFICE", "ROLE_CITY_OFFICE", "ROLE_HOUSING_BUREAU",
        "ROLE_FINANCE", "ROLE_STREET", "SCOPE_survey.read"};

    static final String[] READERS_AND_RESIDENTS = {"ROLE_DISTRICT_OFFICE", "ROLE_CITY_OFFICE", "ROLE_HOUSING_BUREAU",
        "ROLE_FINANCE", "ROLE_STREET", "SCOPE_survey.read", "ROLE_RESIDENT", "ROLE_OWNERS_COMMITTEE"};

    @Bean
    AccessRules surveyAccess() {
        String c = "/api/survey/communities/*";
        return rules -> rules
                // the real-estate register proposes rolls; the street and the district office decide
                .requestMatchers(HttpMethod.POST, c + "/buildings/*/roll-proposals")
                .hasAnyAuthority("SCOPE_survey.rolls.propose")
                .requestMatchers(HttpMethod.GET, "/api/survey/roll-proposals", "/api/survey/roll-proposals/*")
                .hasAnyAuthority("ROLE_DISTRICT_OFFICE", "ROLE_STREET", "ROLE_CITY_OFFICE", "SCOPE_survey.rolls.propose")
                .requestMatchers(HttpMethod.POST, "/api/survey/roll-proposals/*/confirmation",
                        "/api/survey/roll-proposals/*/rejection").hasAnyRole("DISTRICT_OFFICE", "STREET")
                .requestMatchers(HttpMethod.PUT, c + "/questionnaire/answers/*").hasAnyRole("DISTRICT_OFFICE", "STREET", "RESIDENT")
                .requestMatchers(HttpMethod.GET, c + "/questionnaire/answers/*").hasAnyRole("DISTRICT_OFFICE", "STREET", "RESIDENT")
                .requestMatchers(HttpMethod.GET, c + "/questionnaire", "/api/survey/menu-items")
                .hasAnyAuthority(READERS_AND_RESIDENTS)
                .requestMatchers(HttpMethod.PUT, c + "/buildings/*/households", c + "/recorded-willingness")
                .hasAnyRole("DISTRICT_OFFICE", "STREET")
                .requestMatchers(HttpMethod.POST, "/api/survey/outreach-activities").hasAnyRole("DISTRICT_OFFICE", "STREET")
                .requestMatchers(HttpMethod.POST, "/api/survey/communities", c + "/reserve-removal", c + "/reserve-readmission",
                        "/api/survey/imports")
                .hasRole("DISTRICT_OFFICE")
                .requestMatchers(HttpMethod.PUT, c).hasRole("DISTRICT_OFFICE")
                .requestMatchers(HttpMethod.GET, "/api/survey/imports/*").hasRole("DISTRICT_OFFICE")
                .requestMatchers(HttpMethod.GET, "/api/survey/communities", c, c + "/eligibility", c + "/buildings/*/households",
                        "/api/survey/reserve", "/api/survey/eligibility-settings", "/api/survey/outreach-activities",
                        "/api/survey/outreach-activities/*", "/api/survey/exports/communities.xlsx",
                        "/api/survey/exports/communities.csv")
                .hasAnyAuthority(READERS);
    }
}
