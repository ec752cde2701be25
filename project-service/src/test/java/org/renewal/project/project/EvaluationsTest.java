package org.renewal.project.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.renewal.platform.rules.DomainException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvaluationsTest {

    @ParameterizedTest(name = "{0}/{1}/{2}/{3} → {4} {5}")
    @CsvSource({
        "90, 90, 90, 90, 90.00, EXCELLENT",
        "89, 90, 90, 90, 89.60, GOOD",
        "80, 80, 80, 80, 80.00, GOOD",
        "80, 80, 79, 80, 79.70, PASS",
        "60, 60, 60, 60, 60.00, PASS",
        "60, 60, 60, 59, 59.90, FAIL",
        "100, 0, 0, 0, 40.00, FAIL"})
    void scoreIsWeightedAndGradedAtItsBoundaries(int quality, int schedule, int satisfaction, int cost, String score,
                                                 Grade grade) {
        var computed = Evaluations.score(quality, schedule, satisfaction, cost);

        assertThat(computed).isEqualByComparingTo(score);
        assertThat(Evaluations.grade(computed)).isEqualTo(grade);
    }

    @ParameterizedTest(name = "overall {0} → {1} points")
    @CsvSource({"5.00, 100", "4.52, 90", "4.53, 91", "4.525, 91", "3.00, 60", "1.00, 20"})
    void residentsPointsAreTheAverageAnswerTimesTwentyRoundedHalfUp(String overall, int points) {
        assertThat(Evaluations.satisfactionPoints(new BigDecimal(overall))).isEqualTo(points);
    }

    private static ResidentSatisfaction published(int respondents, String overall) {
        return new ResidentSatisfaction("c-1", 100, respondents, new BigDecimal(overall), 1);
    }

    private static void refused(Runnable call, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void theCityConfirmsTheResidentsResultOrOverridesItOnlyWithAReason() {
        var confirmed = Evaluations.satisfaction(published(42, "4.52"), null, null);
        assertThat(confirmed.points()).isEqualTo(90);
        assertThat(confirmed.source()).isEqualTo("RESIDENTS");
        assertThat(Evaluations.satisfaction(published(42, "4.52"), 90, null).source())
                .as("the same figure is a confirmation").isEqualTo("RESIDENTS");

        refused(() -> Evaluations.satisfaction(published(42, "4.52"), 70, " "), "SATISFACTION_OVERRIDE_NEEDS_REASON");
        var overridden = Evaluations.satisfaction(published(42, "4.52"), 70, " 入户复核 ");
        assertThat(overridden.points()).isEqualTo(70);
        assertThat(overridden.source()).isEqualTo("CITY_OVERRIDE");
        assertThat(overridden.residentsPoints()).isEqualTo(90);
        assertThat(overridden.overrideReason()).isEqualTo("入户复核");
    }

    @Test
    void withoutAPublishedResultThereIsNothingToConfirmAndWithoutAnswersOnlyAnOverride() {
        refused(() -> Evaluations.satisfaction(null, 90, "x"), "SATISFACTION_NOT_PUBLISHED");
        refused(() -> Evaluations.satisfaction(published(0, "0.00"), null, null), "SATISFACTION_WITHOUT_ANSWERS");
        refused(() -> Evaluations.satisfaction(published(0, "0.00"), 80, null), "SATISFACTION_OVERRIDE_NEEDS_REASON");
        assertThat(Evaluations.satisfaction(published(0, "0.00"), 80, "无人作答，按座谈会意见").residentsPoints()).isNull();
    }
}
