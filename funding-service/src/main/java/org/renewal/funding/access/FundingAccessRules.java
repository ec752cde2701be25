package org.renewal.funding.access;

import org.renewal.platform.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Role rules of funding-service: only finance (财政部门) and the district office record money and
 * shares; everyone who may see a project reads its statement (checked per record); a resident reads
 * only their own share. Other systems read funding plans with scope {@code funding.read}; the treasury's system records
 * receipts and disbursements with scope {@code funding.ledger.write} (each with an Idempotency-Key, as offices do),
 * within the places its token names.
 */
@Configuration(proxyBeanMethods = false)
class FundingAccessRules {

    @Bean
    AccessRules fundingAccess() {
        String p = "/api/funding/funding-plans/*";
        return rules -> rules
                // the treasury's system (财政一体化系统) records what it received and paid out, with its own scope
                .requestMatchers(HttpMethod.POST, p + "/receipts", p + "/disbursements")
                .hasAnyAuthority("ROLE_FINANCE", "ROLE_DISTRICT_OFFICE", "SCOPE_funding.ledger.write")
                .requestMatchers(HttpMethod.POST, p + "/pledges", p + "/refunds",
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
                .hasAnyAuthority("ROLE_FINANCE", "ROLE_DISTRICT_OFFICE", "ROLE_CITY_OFFICE", "ROLE_HOUSING_BUREAU",
                        "ROLE_STREET", "ROLE_RESIDENT", "ROLE_OWNERS_COMMITTEE", "SCOPE_funding.read");
    }
}
