package org.renewal.project.project;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.renewal.platform.rules.DomainException;
import org.renewal.platform.web.FieldProblem;

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

    /**
     * The residents' satisfaction in the evaluation's 0–100 points: the published average overall answer (1–5, two
     * decimals) × 20, rounded half-up to a whole point — so 非常满意 5 is 100, 满意 4 is 80, 一般 3 is 60, and a
     * mean of answers is the mean of their points.
     */
    static int satisfactionPoints(BigDecimal overall) {
        return overall.multiply(BigDecimal.valueOf(20)).setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    /**
     * The satisfaction part of the evaluation, decided from the residents' published result (DOMAIN: the residents'
     * satisfaction feeds the city evaluation — the record, never a figure typed in). The city office confirms it;
     * a figure of its own is an override and needs a recorded reason. Without a published result there is nothing to
     * confirm (422 SATISFACTION_NOT_PUBLISHED); a result nobody answered can only be overridden, with a reason.
     *
     * @param published the community's published result, null when none
     * @param given     the city office's figure, null to confirm the residents'
     * @param reason    why the city office overrides, required when {@code given} differs
     */
    static ProjectParts.Satisfaction satisfaction(ResidentSatisfaction published, Integer given, String reason) {
        if (published == null) {
            throw DomainException.ruleViolated("SATISFACTION_NOT_PUBLISHED");
        }
        Integer residents = published.respondents() > 0 ? satisfactionPoints(published.overall()) : null;
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (given == null || given.equals(residents)) {
            if (residents == null) {
                throw DomainException.ruleViolated("SATISFACTION_WITHOUT_ANSWERS", List.of(
                        new FieldProblem("satisfaction", "evaluation.satisfactionWithoutAnswers")));
            }
            return new ProjectParts.Satisfaction(residents, "RESIDENTS", residents, published.overall(),
                    published.respondents(), published.households(), null);
        }
        if (why == null) {
            throw DomainException.ruleViolated("SATISFACTION_OVERRIDE_NEEDS_REASON", List.of(new FieldProblem(
                    "satisfactionOverrideReason", "evaluation.overrideNeedsReason")), given, residents);
        }
        return new ProjectParts.Satisfaction(given, "CITY_OVERRIDE", residents, published.overall(),
                published.respondents(), published.households(), why);
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
