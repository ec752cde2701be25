package org.renewal.survey.eligibility;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The urgency score (轻重缓急) that orders the reserve library: 0–100 points, higher first. The seed asks
 * for an order "by urgency from the survey and residents' wishes" (四(二)3, 坚决不搞形象工程); the
 * formula is ours and documented in docs/survey.md (Eligibility):
 * <ul>
 * <li>age: 1 point per year since built, at most 40;</li>
 * <li>facility deficiencies: 2.5 points each, at most 25 (10 deficiencies);</li>
 * <li>willingness: 20 × willing households / households, at most 20;</li>
 * <li>size: 15 × households / 1000, at most 15 (a community of 1,000 households or more).</li>
 * </ul>
 * Each part is rounded half-up to two decimals; the score is the sum of the rounded parts, so the
 * parts shown add up to it exactly.
 */
public record UrgencyScore(BigDecimal score, List<Part> parts) {

    static final int MAX_AGE_POINTS = 40;
    static final BigDecimal POINTS_PER_DEFICIENCY = new BigDecimal("2.5");
    static final int MAX_DEFICIENCIES = 10;
    static final int WILLINGNESS_POINTS = 20;
    static final int SIZE_POINTS = 15;
    static final int SIZE_FULL_AT = 1000;

    /** One part: its code, the value it read, its points and the most it can give. */
    public record Part(String code, BigDecimal value, BigDecimal points, BigDecimal maxPoints) {
    }

    static UrgencyScore of(EligibilityFacts facts, int programmeYear) {
        int age = Math.max(0, programmeYear - facts.buildYear());
        int deficiencies = Math.min(facts.deficiencies(), MAX_DEFICIENCIES);
        int households = Math.max(facts.households(), 1);
        int willing = Math.min(facts.willing(), households);
        List<Part> parts = List.of(
                new Part("AGE", BigDecimal.valueOf(age), points(BigDecimal.valueOf(Math.min(age, MAX_AGE_POINTS))),
                        BigDecimal.valueOf(MAX_AGE_POINTS)),
                new Part("DEFICIENCIES", BigDecimal.valueOf(facts.deficiencies()),
                        points(POINTS_PER_DEFICIENCY.multiply(BigDecimal.valueOf(deficiencies))),
                        points(POINTS_PER_DEFICIENCY.multiply(BigDecimal.valueOf(MAX_DEFICIENCIES)))),
                new Part("WILLINGNESS", BigDecimal.valueOf(facts.willing()),
                        points(BigDecimal.valueOf((long) WILLINGNESS_POINTS * willing)
                                .divide(BigDecimal.valueOf(households), 2, RoundingMode.HALF_UP)),
                        BigDecimal.valueOf(WILLINGNESS_POINTS)),
                new Part("HOUSEHOLDS", BigDecimal.valueOf(facts.households()),
                        points(BigDecimal.valueOf((long) SIZE_POINTS * Math.min(facts.households(), SIZE_FULL_AT))
                                .divide(BigDecimal.valueOf(SIZE_FULL_AT), 2, RoundingMode.HALF_UP)),
                        BigDecimal.valueOf(SIZE_POINTS)));
        BigDecimal score = parts.stream().map(Part::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new UrgencyScore(points(score), parts);
    }

    private static BigDecimal points(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
