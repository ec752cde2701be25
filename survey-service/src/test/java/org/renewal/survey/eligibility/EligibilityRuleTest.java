package org.renewal.survey.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rule of 四(一) at its exact boundaries, for programme year 2026 unless stated. */
class EligibilityRuleTest {

    private static final int YEAR = 2026;

    private final EligibilityRule rule = new EligibilityRule(EligibilitySettings.defaults(),
            Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneId.of("Asia/Shanghai")));

    /** An old community that qualifies as priority; tests change one fact at a time. */
    private static EligibilityFacts old() {
        return new EligibilityFacts(1994, null, false, 0, ManagementStatus.PROFESSIONAL, 84, 0, null);
    }

    /** A post-2000 community that qualifies by proportion: 3 deficiencies, no management, 56 of 84 willing. */
    private static EligibilityFacts newer() {
        return new EligibilityFacts(2005, null, false, 3, ManagementStatus.NONE, 84, 56, null);
    }

    @ParameterizedTest(name = "built {0} → {1}")
    @CsvSource({"2000, PRIORITY", "1999, PRIORITY", "2001, NOT_ELIGIBLE"})
    void builtInOrBefore2000IsPriority(int buildYear, EligibilityOutcome expected) {
        var facts = new EligibilityFacts(buildYear, null, false, 0, ManagementStatus.PROFESSIONAL, 84, 0, null);

        assertThat(rule.assess(facts, YEAR).outcome()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "renovated {0} for {1} → {2}")
    @CsvSource({"2022, 2026, NOT_ELIGIBLE", "2021, 2026, PRIORITY", "2026, 2026, NOT_ELIGIBLE",
        "2021, 2025, NOT_ELIGIBLE", "2020, 2025, PRIORITY"})
    void aRenovationFewerThanFiveYearsBeforeTheProgrammeYearIsRecent(int renovated, int year,
                                                                     EligibilityOutcome expected) {
        var facts = new EligibilityFacts(1994, renovated, false, 0, ManagementStatus.PROFESSIONAL, 84, 0, null);

        Assessment assessment = rule.assess(facts, year);

        assertThat(assessment.outcome()).isEqualTo(expected);
        assertThat(held(assessment, EligibilityClause.NO_RECENT_RENOVATION)).isEqualTo(expected.eligible());
        assertThat(clause(assessment, EligibilityClause.NO_RECENT_RENOVATION).data())
                .containsEntry("lastRenovationYear", renovated).containsEntry("programmeYear", year);
    }

    @Test
    void theDemolitionPlanExcludesBothPaths() {
        var oldInPlan = new EligibilityFacts(1994, null, true, 0, ManagementStatus.PROFESSIONAL, 84, 0, null);
        var newerInPlan = new EligibilityFacts(2005, null, true, 3, ManagementStatus.NONE, 84, 84, null);

        assertThat(rule.assess(oldInPlan, YEAR).outcome()).isEqualTo(EligibilityOutcome.NOT_ELIGIBLE);
        assertThat(rule.assess(newerInPlan, YEAR).outcome()).isEqualTo(EligibilityOutcome.NOT_ELIGIBLE);
        assertThat(held(rule.assess(oldInPlan, YEAR), EligibilityClause.NOT_IN_DEMOLITION_PLAN)).isFalse();
    }

    @Test
    void aPost2000CommunityMeetingEveryClauseQualifiesByProportion() {
        Assessment assessment = rule.assess(newer(), YEAR);

        assertThat(assessment.outcome()).isEqualTo(EligibilityOutcome.BY_PROPORTION);
        assertThat(assessment.clauses()).filteredOn(c -> c.clause().conditionOf()
                .contains(EligibilityOutcome.BY_PROPORTION)).allMatch(Assessment.ClauseResult::held);
        assertThat(held(assessment, EligibilityClause.BUILT_BY_CUTOFF)).isFalse();
    }

    @ParameterizedTest(name = "{0} of {1} willing → {2}")
    @CsvSource({"56, 84, true", "55, 84, false", "67, 100, true", "66, 100, false", "2, 3, true", "1, 3, false"})
    void willingnessIsAtLeastTwoThirdsOfHouseholdsWithoutRounding(int willing, int households, boolean held) {
        var facts = new EligibilityFacts(2005, null, false, 3, ManagementStatus.NONE, households, willing, null);

        Assessment assessment = rule.assess(facts, YEAR);

        assertThat(held(assessment, EligibilityClause.RESIDENTS_WILLING)).isEqualTo(held);
        assertThat(assessment.outcome()).isEqualTo(held ? EligibilityOutcome.BY_PROPORTION
                : EligibilityOutcome.NOT_ELIGIBLE);
    }

    @Test
    void theLargerOfQuestionnaireAndRecordedFigureCountsNeverTheirSum() {
        var recordedHigher = new EligibilityFacts(2005, null, false, 3, ManagementStatus.NONE, 84, 30, 56);
        var bothBelow = new EligibilityFacts(2005, null, false, 3, ManagementStatus.NONE, 84, 30, 30);

        Assessment recorded = rule.assess(recordedHigher, YEAR);
        assertThat(recorded.outcome()).isEqualTo(EligibilityOutcome.BY_PROPORTION);
        assertThat(clause(recorded, EligibilityClause.RESIDENTS_WILLING).data())
                .containsEntry("willingHouseholds", 56).containsEntry("willingSource", "RECORDED_SURVEY");
        assertThat(rule.assess(bothBelow, YEAR).outcome()).isEqualTo(EligibilityOutcome.NOT_ELIGIBLE);
    }

    @ParameterizedTest(name = "{0} deficiencies → {1}")
    @CsvSource({"3, true", "2, false"})
    void facilitiesAreClearlyInsufficientFromTheThreshold(int deficiencies, boolean held) {
        var facts = new EligibilityFacts(2005, null, false, deficiencies, ManagementStatus.NONE, 84, 84, null);

        assertThat(held(rule.assess(facts, YEAR), EligibilityClause.FACILITIES_INSUFFICIENT)).isEqualTo(held);
    }

    @ParameterizedTest(name = "{0} → inadequate {1}")
    @CsvSource({"NONE, true", "ORIGINAL_UNIT, true", "SELF_MANAGED, true", "PROFESSIONAL, false"})
    void professionalManagementIsTheOnlyAdequateOneByDefault(ManagementStatus status, boolean inadequate) {
        var facts = new EligibilityFacts(2005, null, false, 3, status, 84, 84, null);

        assertThat(rule.assess(facts, YEAR).outcome()).isEqualTo(inadequate ? EligibilityOutcome.BY_PROPORTION
                : EligibilityOutcome.NOT_ELIGIBLE);
    }

    @Test
    void everyNumberIsASetting() {
        var stricter = new EligibilityRule(new EligibilitySettings(2030, 1990, 10, 3, 4, 5,
                Set.of(ManagementStatus.NONE)));

        assertThat(stricter.defaultYear()).isEqualTo(2030);
        assertThat(stricter.assess(old()).outcome()).isEqualTo(EligibilityOutcome.NOT_ELIGIBLE);
        assertThat(stricter.assess(new EligibilityFacts(1990, 2021, false, 0, null, 84, 0, null)).outcome())
                .isEqualTo(EligibilityOutcome.NOT_ELIGIBLE);
        assertThat(stricter.assess(new EligibilityFacts(1990, 2020, false, 0, null, 84, 0, null)).outcome())
                .isEqualTo(EligibilityOutcome.PRIORITY);
        assertThat(stricter.assess(new EligibilityFacts(2005, null, false, 5, ManagementStatus.NONE, 84, 63, null))
                .outcome()).isEqualTo(EligibilityOutcome.BY_PROPORTION);
        assertThat(stricter.assess(new EligibilityFacts(2005, null, false, 5, ManagementStatus.NONE, 84, 62, null))
                .outcome()).isEqualTo(EligibilityOutcome.NOT_ELIGIBLE);
        assertThat(stricter.assess(new EligibilityFacts(2005, null, false, 5, ManagementStatus.ORIGINAL_UNIT, 84, 84,
                null)).outcome()).isEqualTo(EligibilityOutcome.NOT_ELIGIBLE);
    }

    @Test
    void theDefaultYearIsThisYearInChina() {
        var newYearsEveUtc = new EligibilityRule(EligibilitySettings.defaults(),
                Clock.fixed(Instant.parse("2026-12-31T16:30:00Z"), ZoneId.of("UTC")));

        assertThat(newYearsEveUtc.defaultYear()).isEqualTo(2027);
    }

    @Test
    void everyClauseNamesItsDataExplanationAndSource() {
        Assessment assessment = rule.assess(old(), YEAR);

        assertThat(assessment.clauses()).hasSize(EligibilityClause.values().length);
        assertThat(assessment.clauses()).allSatisfy(c -> {
            assertThat(c.data()).isNotEmpty();
            assertThat(c.explanation().zh()).endsWith(c.held() ? "：成立" : "：不成立");
            assertThat(c.explanation().en()).endsWith(c.held() ? "holds" : "fails");
        });
        assertThat(clause(assessment, EligibilityClause.BUILT_BY_CUTOFF).explanation().zh())
                .isEqualTo("建成于1994年，不晚于2000年：成立");
        assertThat(EligibilityClause.SOURCE).contains("四(一)");
    }

    @Test
    void theUrgencyScoreIsTheSumOfItsRoundedParts() {
        var facts = new EligibilityFacts(1986, null, false, 4, ManagementStatus.NONE, 300, 200, null);

        UrgencyScore urgency = rule.assess(facts, YEAR).urgency();

        // age 40 → 40; 4 deficiencies → 10; 200/300 willing → 13.33; 300 households → 4.50
        assertThat(urgency.parts()).extracting(UrgencyScore.Part::points).containsExactly(
                new BigDecimal("40.00"), new BigDecimal("10.00"), new BigDecimal("13.33"), new BigDecimal("4.50"));
        assertThat(urgency.score()).isEqualByComparingTo("67.83");
        assertThat(urgency.parts().stream().map(UrgencyScore.Part::points).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(urgency.score());
    }

    @Test
    void urgencyPartsAreCapped() {
        var facts = new EligibilityFacts(1950, null, false, 15, ManagementStatus.NONE, 5000, 5000, null);

        assertThat(rule.assess(facts, YEAR).urgency().score()).isEqualByComparingTo("100.00");
    }

    private static boolean held(Assessment assessment, EligibilityClause clause) {
        return clause(assessment, clause).held();
    }

    private static Assessment.ClauseResult clause(Assessment assessment, EligibilityClause clause) {
        return assessment.clauses().stream().filter(c -> c.clause() == clause).findFirst().orElseThrow();
    }
}
