package org.renewal.plan.livingcircle;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.renewal.plan.livingcircle.LivingCircleAnalysis.CommunityCircles;
import org.renewal.plan.livingcircle.LivingCircleAnalysis.Place;
import org.renewal.plan.livingcircle.LivingCircleAnalysis.TypeReach;
import org.renewal.plan.menu.Catalogue;

/** GB 50180-2018's living circles, at the reach boundary, without Spring or a store. */
class LivingCircleAnalysisTest {

    private static final BigDecimal LAT = new BigDecimal("43.170000");
    private static final BigDecimal LON = new BigDecimal("124.350000");
    private static final Place PLACE = new Place("c-1", "北山小区", "220302", "220302001", LAT, LON);
    /** A kindergarten about 250 m north. */
    private static final Facility KINDERGARTEN = facility(FacilityType.KINDERGARTEN, "0.002250");
    private static final double STRAIGHT = Reach.metres(LAT, LON, KINDERGARTEN.latitude(), LON);

    private static final Function<String, Optional<Catalogue.Priced>> MENU = code -> Optional.of(
            new Catalogue.Priced(code, "菜单项 " + code, code, "项", 100, false));

    private static Facility facility(FacilityType type, String north) {
        return new Facility("f-" + type, "220302", type, type.name(), LAT.add(new BigDecimal(north)), LON, "d",
                Instant.now());
    }

    private static TypeReach reach(CommunityCircles circles, FacilityType type) {
        return circles.circles().stream().flatMap(c -> c.types().stream()).filter(t -> t.type() == type).findFirst()
                .orElseThrow();
    }

    @Test
    void aFacilityWhoseWalkIsAtMostTheCirclesReachIsPresent() {
        // the detour factor that makes the walk exactly 300 m, and one a little longer
        double exactly = 300 / STRAIGHT;

        TypeReach at = reach(LivingCircleAnalysis.analyse(PLACE, List.of(KINDERGARTEN), exactly * 0.999_999, MENU),
                FacilityType.KINDERGARTEN);
        TypeReach beyond = reach(LivingCircleAnalysis.analyse(PLACE, List.of(KINDERGARTEN), exactly * 1.001, MENU),
                FacilityType.KINDERGARTEN);

        assertThat(at.present()).isTrue();
        assertThat(at.distance()).isEqualTo(300);
        assertThat(at.nearest()).isEqualTo("KINDERGARTEN");
        assertThat(beyond.present()).isFalse();
        assertThat(beyond.suggestedMenuItem()).isEqualTo(FacilityType.KINDERGARTEN.menuItem());
    }

    @Test
    void theNearestOfSeveralFacilitiesCountsAndTheCirclesCountTheirGaps() {
        Facility far = facility(FacilityType.KINDERGARTEN, "0.009000");

        CommunityCircles circles = LivingCircleAnalysis.analyse(PLACE, List.of(far, KINDERGARTEN), 1.0, MENU);

        assertThat(reach(circles, FacilityType.KINDERGARTEN).nearest()).isEqualTo("KINDERGARTEN");
        long fiveMinuteTypes = java.util.Arrays.stream(FacilityType.values())
                .filter(t -> t.circle() == LivingCircle.FIVE_MINUTE).count();
        assertThat(circles.missing(LivingCircle.FIVE_MINUTE)).isEqualTo((int) fiveMinuteTypes - 1);
        assertThat(circles.missing(LivingCircle.FIFTEEN_MINUTE)).isEqualTo((int) java.util.Arrays
                .stream(FacilityType.values()).filter(t -> t.circle() == LivingCircle.FIFTEEN_MINUTE).count());
    }

    @Test
    void aGapIsSuggestedOnlyWhereTheDistrictsMenuOffersTheItemAndEachItemOnce() {
        Function<String, Optional<Catalogue.Priced>> retiredEverything = code -> Optional.of(
                new Catalogue.Priced(code, code, code, "项", 1, true));

        CommunityCircles offered = LivingCircleAnalysis.analyse(PLACE, List.of(), 1.0, MENU);
        CommunityCircles retired = LivingCircleAnalysis.analyse(PLACE, List.of(), 1.0, retiredEverything);

        assertThat(offered.suggestedMenuItems()).doesNotHaveDuplicates().contains("OLD_BUILDING_REUSE");
        assertThat(reach(offered, FacilityType.PRIMARY_SCHOOL).suggestedMenuItem()).as("no menu item fills it").isNull();
        assertThat(retired.suggestedMenuItems()).isEmpty();
    }

    @Test
    void aCommunityWithoutASurveyedPositionIsNotLocated() {
        CommunityCircles circles = LivingCircleAnalysis.analyse(
                new Place("c-2", "无坐标小区", "220302", "220302001", null, LON), List.of(KINDERGARTEN), 1.0, MENU);

        assertThat(circles.located()).isFalse();
        assertThat(circles.circles()).isEmpty();
        assertThat(circles.basis()).contains("GB 50180-2018");
    }
}
