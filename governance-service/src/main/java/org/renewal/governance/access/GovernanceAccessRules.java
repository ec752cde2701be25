package org.renewal.governance.access;

import org.renewal.platform.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Role rules of governance-service: the street (and the district office) form the bodies and run the
 * committee election and the evaluation; residents vote and evaluate for their own household; maintenance
 * tickets are reported by residents and handled by the street, the committee or the office; everyone signed
 * in reads (each record checked by place or community). The 12345 hotline's system opens tickets from the complaints
 * it takes, with scope {@code governance.tickets.write}, for communities of its places.
 */
@Configuration(proxyBeanMethods = false)
class GovernanceAccessRules {

    @Bean
    AccessRules governanceAccess() {
        String c = "/api/governance/communities/*";
        return rules -> rules
                .requestMatchers(HttpMethod.PUT, c + "/committee-elections/current/ballots/*")
                .hasAnyRole("STREET", "DISTRICT_OFFICE", "RESIDENT")
                .requestMatchers(HttpMethod.PUT, c + "/satisfaction/answers/*").hasRole("RESIDENT")
                .requestMatchers(HttpMethod.POST, c + "/tickets")
                .hasAnyAuthority("ROLE_RESIDENT", "ROLE_OWNERS_COMMITTEE", "SCOPE_governance.tickets.write")
                .requestMatchers(HttpMethod.POST, c + "/tickets/*/*").hasAnyRole("STREET", "DISTRICT_OFFICE",
                        "OWNERS_COMMITTEE")
                .requestMatchers(HttpMethod.PUT, c + "/preparatory-group", c + "/owners-committee/filing",
                        c + "/self-governance-group", c + "/party-branch", c + "/property-manager")
                .hasAnyRole("STREET", "DISTRICT_OFFICE")
                .requestMatchers(HttpMethod.POST, c + "/committee-elections", c + "/committee-elections/current/closing",
                        c + "/committee-elections/current/cancellation", c + "/satisfaction/closing")
                .hasAnyRole("STREET", "DISTRICT_OFFICE")
                .requestMatchers(HttpMethod.GET, c + "/committee-elections/current/electorate")
                .hasAnyRole("STREET", "DISTRICT_OFFICE")
                .requestMatchers(HttpMethod.GET, c, c + "/satisfaction", c + "/tickets", c + "/tickets/figures",
                        c + "/owners-decisions").authenticated();
    }
}
