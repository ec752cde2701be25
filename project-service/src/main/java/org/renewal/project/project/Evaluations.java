package org.renewal.project.project;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The comprehensive evaluation's score: quality 40%, schedule 20%, resident satisfaction 30%, cost 10%
 * (weights documented in docs/project.md); grade by the score: ≥ 90 excellent, ≥ 80 good, ≥ 60 pass,
 * else fail. Computed in exact decimals, rounded half-up to two places.
 */
final class Evaluations {

    static final int QUALITY = 40;
    static final int SCHEDULE = 20;
    static final int SATISFACTION = 30;
    static final int COST = 10;

    private Evaluations() {
    }

    static BigDecimal score(int quality, int schedule, int satisfaction, int cost) {
        long weighted = (long) quality * QUALITY + (long) schedule * SCHEDULE + (long) satisfaction * SATISFACTION
                + (long) cost * COST;
        return BigDecimal.valueOf(weighted).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    static Grade grade(BigDecimal score) {
        for (Grade grade : Grade.values()) {
            if (score.compareTo(BigDecimal.valueOf(grade.from())) >= 0) {
                return grade;
            }
        }
        return Grade.FAIL;
    }
}
