package org.renewal.devissuer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoAccountTest {

    @Test
    void patternedAccountsActForTheCommitteeOrAResidentOfTheNamedCommunity() {
        String community = "e12f6fe5-84a2-30c0-936a-09c1b5a71e38";
        DemoAccount committee = DemoAccount.byUsername("committee-220303-" + community);
        assertThat(committee.role()).isEqualTo("OWNERS_COMMITTEE");
        assertThat(committee.claims()).containsEntry("district", "220303").containsEntry("communityId", community);

        DemoAccount resident = DemoAccount.byUsername("resident-220302-" + community + "-2-1-301");
        assertThat(resident.role()).isEqualTo("RESIDENT");
        assertThat(resident.claims()).containsEntry("communityId", community).containsEntry("householdId", "2-1-301");

        DemoAccount street = DemoAccount.byUsername("street-220302002");
        assertThat(street.role()).isEqualTo("STREET");
        assertThat(street.claims()).containsEntry("district", "220302").containsEntry("street", "220302002");
    }

    @Test
    void anythingElseIsNoAccount() {
        assertThat(DemoAccount.byUsername("committee-22030-e12f6fe5-84a2-30c0-936a-09c1b5a71e38")).isNull();
        assertThat(DemoAccount.byUsername("resident-220302-not-a-community-1-1-101")).isNull();
        assertThat(DemoAccount.byUsername("admin")).isNull();
        assertThat(DemoAccount.byUsername("district-tiexi").role()).isEqualTo("DISTRICT_OFFICE");
    }
}
