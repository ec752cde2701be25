package org.renewal.survey.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.renewal.contracts.EventPayload;
import org.renewal.platform.rules.DomainException;
import org.renewal.survey.eligibility.EligibilityRule;
import org.renewal.survey.eligibility.EligibilitySettings;
import org.renewal.survey.eligibility.ManagementStatus;

/** The register entry (摸底调查) and its path into and out of the reserve (项目储备库), without Spring or a store. */
class CommunityTest {

    private final EligibilityRule rule = new EligibilityRule(EligibilitySettings.defaults(),
            Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneId.of("Asia/Shanghai")));

    private static CommunityDetails details(int buildYear, Integer lastRenovation) {
        return new CommunityDetails("北山小区", "220302", "220302001", null, "北山路 1 号", null, buildYear,
                PropertyRight.REFORMED_PUBLIC_HOUSING, ManagementStatus.PROFESSIONAL, lastRenovation, false, List.of(),
                List.of(Building.registered("1", 6, 2, 24, new BigDecimal("1500.00"), false),
                        Building.registered("2", 6, 2, 36, new BigDecimal("2200.00"), false)));
    }

    private static List<String> types(Community c) {
        return c.recordedSinceSave().stream().map(EventPayload::eventType).toList();
    }

    private void assess(Community c) {
        c.reassess(rule.assess(c.eligibilityFacts(), 2026), "system");
    }

    private static void refused(Runnable call, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void aRegisteredCommunityCountsItsBuildingsHouseholdsAndAreaAndIsAnnounced() {
        Community c = Community.register("c-1", details(1994, null), "f");

        assertThat(c.buildingCount()).isEqualTo(2);
        assertThat(c.households()).isEqualTo(60);
        assertThat(c.floorArea()).isEqualByComparingTo("3700.00");
        assertThat(types(c)).containsExactly("survey.CommunityRegistered");
    }

    @Test
    void anUpdateThatChangesNothingIsNotAnnounced() {
        Community c = Community.register("c-1", details(1994, null), "f");

        assertThat(c.update(details(1994, null))).isFalse();
        assertThat(c.update(details(1995, null))).isTrue();
        assertThat(types(c)).containsExactly("survey.CommunityRegistered", "survey.CommunityUpdated");
    }

    @Test
    void anEligibleCommunityEntersTheReserveAndLeavesItWhenNoLongerEligible() {
        Community c = Community.register("c-1", details(1994, null), "f");
        assess(c);
        assertThat(c.reserve().status()).isEqualTo(ReserveStatus.RESERVED);
        assertThat(types(c)).endsWith("survey.EligibilityAssessed", "survey.CommunityReserved");

        c.update(details(1994, 2024));
        assess(c);

        assertThat(c.reserve().status()).isEqualTo(ReserveStatus.NOT_RESERVED);
        assertThat(c.reserve().reason()).isEqualTo(Community.NO_LONGER_ELIGIBLE);
        assertThat(types(c)).endsWith("survey.CommunityRemovedFromReserve");
    }

    @Test
    void aCommunityAnOfficeRemovedStaysOutUntilReadmittedAndOnlyAnEligibleOneIsReadmitted() {
        Community c = Community.register("c-1", details(1994, null), "f");
        refused(() -> c.removeFromReserve("x", "district"), "NOT_IN_RESERVE");
        refused(() -> c.readmit("x", "district"), "NOT_REMOVED_FROM_RESERVE");
        assess(c);
        c.removeFromReserve("已列入拆迁", "district");
        assess(c);
        assertThat(c.reserve().status()).as("a reassessment does not bring it back").isEqualTo(ReserveStatus.REMOVED);

        c.readmit("拆迁取消", "district");

        assertThat(c.reserve().status()).isEqualTo(ReserveStatus.RESERVED);
        c.removeFromReserve("again", "district");
        c.update(details(2008, null));
        assess(c);
        refused(() -> c.readmit("x", "district"), "NOT_ELIGIBLE_FOR_RESERVE");
    }

    @Test
    void anUnknownBuildingIsNotFound() {
        Community c = Community.register("c-1", details(1994, null), "f");

        refused(() -> c.replaceRoll("9", List.of()), "BUILDING_NOT_FOUND");
    }
}
