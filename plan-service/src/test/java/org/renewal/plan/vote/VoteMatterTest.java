package org.renewal.plan.vote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VoteMatterTest {

    @Test
    void theSpecialMattersAreItemsSixToEightOfArticle278() {
        assertThat(VoteMatter.RENOVATION.special()).isTrue();
        assertThat(VoteMatter.ELEVATOR_RETROFIT.special()).isTrue();
        assertThat(VoteMatter.RAISE_MAINTENANCE_FUND.special()).isTrue();
        assertThat(VoteMatter.CHANGE_COMMON_PARTS_USE.special()).isTrue();
        assertThat(VoteMatter.USE_MAINTENANCE_FUND.special()).isFalse();
        assertThat(VoteMatter.ELECT_COMMITTEE.special()).isFalse();
        assertThat(VoteMatter.HIRE_PROPERTY_MANAGEMENT.special()).isFalse();
        assertThat(VoteMatter.OTHER.special()).isFalse();
    }
}
