package org.renewal.project.project;

import static org.assertj.core.api.Assertions.assertThat;

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
}
