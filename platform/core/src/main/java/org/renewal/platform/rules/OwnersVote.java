package org.renewal.platform.rules;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Civil Code art. 278 (民法典 第二百七十八条 第二款), exactly:
 * <blockquote>业主共同决定事项，应当由专有部分面积占比三分之二以上的业主且人数占比三分之二以上的业主参与表决。决定前款
 * 第六项至第八项规定的事项，应当经参与表决专有部分面积四分之三以上的业主且参与表决人数四分之三以上的业主同意。决定前款
 * 其他项规定的事项，应当经参与表决专有部分面积过半数的业主且参与表决人数过半数的业主同意。</blockquote>
 * "以上" includes the bound (≥); "过半数" is strictly more than half. Areas are compared in hundredths of a
 * square metre and every comparison is done in integers: no rounding anywhere near a boundary.
 */
public final class OwnersVote {

    /** The clause the thresholds come from. */
    public static final String SOURCE = "《中华人民共和国民法典》第二百七十八条";

    private OwnersVote() {
    }

    /**
     * The electorate and the ballots in the units the rule counts: owners by head, exclusive area in
     * hundredths of m² (centiares).
     */
    public record Counts(long totalArea, int totalOwners, long participatingArea, int participatingOwners,
                         long yesArea, int yesOwners) {
    }

    /** A decision: validity (turnout), consent, and the figures as exact fractions and percentages. */
    public record Result(boolean valid, boolean passed, Fraction turnoutByArea, Fraction turnoutByOwners,
                         Fraction consentByArea, Fraction consentByOwners, @Schema(example = "2/3") String requiredTurnout,
                         @Schema(example = "3/4") String requiredConsent, @Schema(example = "《民法典》第二百七十八条 Civil Code art. 278") String source) {
    }

    /** {@code numerator/denominator} with a percentage rounded to two decimals for display only. */
    public record Fraction(String numerator, String denominator, BigDecimal percent) {

        public static Fraction of(long numerator, long denominator, boolean area) {
            BigDecimal percent = denominator == 0 ? BigDecimal.ZERO
                    : BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                            .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
            return new Fraction(area ? m2(numerator) : Long.toString(numerator),
                    area ? m2(denominator) : Long.toString(denominator), percent);
        }

        private static String m2(long centiares) {
            return BigDecimal.valueOf(centiares, 2).toPlainString();
        }
    }

    /**
     * Decides a vote: {@code special} for matters (六)(七)(八) of art. 278 (raising maintenance funds,
     * renovating or rebuilding, changing the use of common parts), which need three quarters; others
     * need more than half.
     */
    public static Result decide(boolean special, Counts c) {
        // turnout: participating ≥ 2/3 of the total, by area AND by head
        boolean valid = c.totalOwners() > 0
                && atLeast(c.participatingArea(), c.totalArea(), 2, 3)
                && atLeast(c.participatingOwners(), c.totalOwners(), 2, 3);
        boolean consent;
        if (special) {
            // ≥ 3/4 of the participating area AND of the participating owners
            consent = atLeast(c.yesArea(), c.participatingArea(), 3, 4)
                    && atLeast(c.yesOwners(), c.participatingOwners(), 3, 4);
        } else {
            // more than half of each
            consent = moreThanHalf(c.yesArea(), c.participatingArea())
                    && moreThanHalf(c.yesOwners(), c.participatingOwners());
        }
        return new Result(valid, valid && consent,
                Fraction.of(c.participatingArea(), c.totalArea(), true),
                Fraction.of(c.participatingOwners(), c.totalOwners(), false),
                Fraction.of(c.yesArea(), c.participatingArea(), true),
                Fraction.of(c.yesOwners(), c.participatingOwners(), false),
                "≥ 2/3 of the exclusive area and ≥ 2/3 of the owners take part",
                special ? "≥ 3/4 of the participating area and ≥ 3/4 of the participating owners agree"
                        : "more than 1/2 of the participating area and more than 1/2 of the participating owners agree",
                SOURCE);
    }

    /** part/whole ≥ num/den, i.e. part·den ≥ whole·num (whole &gt; 0). */
    public static boolean atLeast(long part, long whole, int num, int den) {
        return whole > 0 && BigInteger.valueOf(part).multiply(BigInteger.valueOf(den))
                .compareTo(BigInteger.valueOf(whole).multiply(BigInteger.valueOf(num))) >= 0;
    }

    /** part/whole &gt; 1/2, i.e. 2·part &gt; whole (whole &gt; 0). */
    public static boolean moreThanHalf(long part, long whole) {
        return whole > 0 && BigInteger.valueOf(part).shiftLeft(1).compareTo(BigInteger.valueOf(whole)) > 0;
    }
}
