package org.renewal.funding.access;

import org.renewal.platform.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Role rules of funding-service: only finance (财政部门) and the district office record money and
 * shares; everyone who may see a project reads its statement (checked per record); a resident reads
 * only their own share.
 */
@Configuration(proxyBeanMethods = false)
class FundingAccessRules {

    @Bean
    AccessRules fundingAccess() {
        String p = "/api/funding/funding-plans/*";
        return rules -> rules
                .requestMatchers(HttpMethod.POST, p + "/pledges", p + "/receipts", p + "/refunds", p + "/disbursements",
                        p + "/reversals", p + "/shares", p + "/shares/*/payments/*", p + "/shares/*/refunds/*",
                        p + "/shares/preview")
                .hasAnyRole("FINANCE", "DISTRICT_OFFICE")
                .requestMatchers(HttpMethod.PUT, p + "/sources/*/due-date").hasAnyRole("FINANCE", "DISTRICT_OFFICE")
                .requestMatchers(HttpMethod.GET, p + "/shares/mine").hasRole("RESIDENT")
                .requestMatchers(HttpMethod.GET, p + "/shares").hasAnyRole("FINANCE", "DISTRICT_OFFICE", "CITY_OFFICE",
                        "STREET")
                .requestMatchers(HttpMethod.GET, "/api/funding/totals", p + "/statement.xlsx")
                .hasAnyRole("FINANCE", "DISTRICT_OFFICE", "CITY_OFFICE", "HOUSING_BUREAU", "STREET")
                .requestMatchers(HttpMethod.GET, "/api/funding/funding-plans", p)
                .hasAnyRole("FINANCE", "DISTRICT_OFFICE", "CITY_OFFICE", "HOUSING_BUREAU", "STREET", "RESIDENT",
                        "OWNERS_COMMITTEE");
    }
}
