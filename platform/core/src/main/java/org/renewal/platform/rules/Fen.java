package org.renewal.platform.rules;

import java.util.List;
import java.util.stream.LongStream;

import org.renewal.platform.events.InvalidEventException;
import org.renewal.platform.web.FieldProblem;

/**
 * Money in integer fen (分), with one bound for every amount the suite holds and sums that are exact.
 * {@link #MAX} is ¥10 billion (100 亿元): a hundred times the largest single old-community renovation
 * budget, and small enough that 9 million such amounts still add up inside a {@code long}. Every request
 * field that carries fen is bounded by it ({@code @Max(Fen.MAX)}, so the OpenAPI says so), and every sum of
 * fen goes through {@link #sum}: a sum beyond the bound is refused, never wrapped.
 */
public final class Fen {

    /** The largest amount of fen any one amount or sum may be: 1,000,000,000,000 fen = ¥10,000,000,000. */
    public static final long MAX = 1_000_000_000_000L;

    /** The problem code of a sum of fen beyond {@link #MAX}. */
    public static final String OUT_OF_RANGE = "AMOUNT_OUT_OF_RANGE";

    private Fen() {
    }

    /**
     * The exact sum of amounts, each and all within 0..{@link #MAX}; otherwise a 422 problem
     * {@code AMOUNT_OUT_OF_RANGE} naming {@code field}.
     */
    public static long sum(String field, LongStream amounts) {
        long[] total = {0};
        amounts.forEach(amount -> total[0] = add(field, total[0], amount));
        return total[0];
    }

    /** {@code a + b}, exact and within 0..{@link #MAX}; otherwise a 422 problem naming {@code field}. */
    public static long add(String field, long a, long b) {
        long sum;
        try {
            sum = Math.addExact(a, b);
        } catch (ArithmeticException overflow) {
            throw outOfRange(field);
        }
        if (a < 0 || b < 0 || sum > MAX) {
            throw outOfRange(field);
        }
        return sum;
    }

    /**
     * The exact total of amounts already within bounds, for figures over many records (a district's programme
     * may pass {@link #MAX}): {@link Math#addExact}, so a total that cannot be held is an error, never a wrapped
     * number.
     */
    public static long total(LongStream amounts) {
        return amounts.reduce(0L, Math::addExact);
    }

    /** Whether an amount is one the suite may hold: 0..{@link #MAX}. */
    public static boolean inRange(long amount) {
        return amount >= 0 && amount <= MAX;
    }

    /**
     * For consumers: an amount an event carries that no request could have produced is an invalid event (it goes
     * to the dead letters, never applied).
     */
    public static long fromEvent(String what, long amount) {
        if (!inRange(amount)) {
            throw new InvalidEventException(what + " of " + amount + " fen is outside 0.." + MAX, null);
        }
        return amount;
    }

    /** The exact sum of amounts an event carries; beyond the bound it is an invalid event. */
    public static long sumFromEvent(String what, LongStream amounts) {
        try {
            return sum(what, amounts);
        } catch (DomainException outOfRange) {
            throw new InvalidEventException(what + " adds up beyond " + MAX + " fen", null);
        }
    }

    private static DomainException outOfRange(String field) {
        return DomainException.ruleViolated(OUT_OF_RANGE, List.of(new FieldProblem(field, "amount.outOfRange")),
                field, MAX);
    }
}
