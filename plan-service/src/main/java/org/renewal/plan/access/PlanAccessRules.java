package org.renewal.plan.access;

import org.renewal.platform.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Role rules of plan-service: the district office drafts and submits plans, the city office returns and
 * approves them (stage 4, 审核方案); offices and streets run owners' votes, residents vote for their own
 * household; offices, bureaus and streets read; everyone signed in reads the renovation menu.
 */
@Configuration(proxyBeanMethods = false)
class PlanAccessRules {

    static final String[] READERS = {"ROLE_DISTRICT_OFFICE", "ROLE_CITY_OFFICE", "ROLE_HOUSING_BUREAU", "ROLE_FINANCE",
        "ROLE_STREET", "SCOPE_plan.read"};

    static final String[] READERS_AND_OWNERS = {"ROLE_DISTRICT_OFFICE", "ROLE_CITY_OFFICE", "ROLE_HOUSING_BUREAU",
        "ROLE_FINANCE", "ROLE_STREET", "SCOPE_plan.read", "ROLE_RESIDENT", "ROLE_OWNERS_COMMITTEE"};

    @Bean
    AccessRules planAccess() {
        return rules -> rules
                .requestMatchers(HttpMethod.GET, "/api/plan/menu-items", "/api/plan/menu-items/*").authenticated()
                // the programme: the district office sets years and batches; offices read; residents their timeline
                .requestMatchers(HttpMethod.PUT, "/api/plan/programme/years/*").hasRole("DISTRICT_OFFICE")
                .requestMatchers(HttpMethod.POST, "/api/plan/programme/years/*/batch").hasRole("DISTRICT_OFFICE")
                .requestMatchers(HttpMethod.GET, "/api/plan/programme/communities/*/timeline")
                .hasAnyAuthority(READERS_AND_OWNERS)
                .requestMatchers(HttpMethod.GET, "/api/plan/programme/years", "/api/plan/programme/years/*",
                        "/api/plan/programme/overview", "/api/plan/programme/communities", "/api/plan/programme/communities/*",
                        "/api/plan/programme/overdue",
                        "/api/plan/programme/rankings", "/api/plan/programme/returns.xlsx").hasAnyAuthority(READERS)
                // living circles: offices and streets keep the facility register; offices read the gaps
                .requestMatchers(HttpMethod.POST, "/api/plan/living-circles/facilities").hasAnyRole("DISTRICT_OFFICE", "STREET")
                .requestMatchers(HttpMethod.DELETE, "/api/plan/living-circles/facilities/*").hasRole("DISTRICT_OFFICE")
                .requestMatchers(HttpMethod.GET, "/api/plan/living-circles/facilities", "/api/plan/living-circles/gaps",
                        "/api/plan/living-circles/communities/*").hasAnyAuthority(READERS)
                .requestMatchers(HttpMethod.POST, "/api/plan/menu-items").hasRole("DISTRICT_OFFICE")
                .requestMatchers(HttpMethod.PUT, "/api/plan/menu-items/*/unit-cost").hasAnyRole("DISTRICT_OFFICE", "CITY_OFFICE")
                .requestMatchers(HttpMethod.POST, "/api/plan/menu-items/*/retirement").hasAnyRole("DISTRICT_OFFICE", "CITY_OFFICE")
                // plans: the district office drafts and submits; the city office returns and approves
                .requestMatchers(HttpMethod.POST, "/api/plan/plans", "/api/plan/plans/*/submission",
                        "/api/plan/plans/*/quote").hasRole("DISTRICT_OFFICE")
                .requestMatchers(HttpMethod.PUT, "/api/plan/plans/*/content", "/api/plan/plans/*/preparation")
                .hasRole("DISTRICT_OFFICE")
                .requestMatchers(HttpMethod.POST, "/api/plan/plans/*/return", "/api/plan/plans/*/approval")
                .hasRole("CITY_OFFICE")
                .requestMatchers(HttpMethod.GET, "/api/plan/plans", "/api/plan/plans/*", "/api/plan/plans/*/revisions",
                        "/api/plan/plans/*/revisions/*", "/api/plan/plans/*/diff").hasAnyAuthority(READERS)
                // votes: offices and streets open, record paper ballots and close; residents vote for themselves
                .requestMatchers(HttpMethod.POST, "/api/plan/votes", "/api/plan/votes/*/closing",
                        "/api/plan/votes/*/paper-ballots")
                .hasAnyRole("DISTRICT_OFFICE", "STREET")
                .requestMatchers(HttpMethod.PUT, "/api/plan/votes/*/ballots/*").hasAnyRole("DISTRICT_OFFICE", "STREET", "RESIDENT")
                .requestMatchers(HttpMethod.GET, "/api/plan/votes/*/ballots").hasAnyAuthority(READERS)
                .requestMatchers(HttpMethod.GET, "/api/plan/votes", "/api/plan/votes/*")
                .hasAnyAuthority(READERS_AND_OWNERS)
                .requestMatchers(HttpMethod.GET, "/api/plan/communities", "/api/plan/communities/*")
                .hasAnyAuthority(READERS);
    }
}
