package org.renewal.funding.share;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits an amount of fen among households by weights, in whole fen that sum exactly to the amount —
 * the largest-remainder method (Hamilton): each household first gets the floor of its exact quota
 * {@code amount × weight / Σweights}; the fen left over go one each to the households with the largest
 * remainders. <b>Tie-break</b> among equal remainders: the larger weight first, then the household id in
 * ascending order — so the split is deterministic and does not depend on the input order. Households
 * with weight 0 pay nothing. All arithmetic is exact (integers and exact decimals).
 */
public final class ShareSplitter {

    private ShareSplitter() {
    }

    /** A household and its weight (area in m², 1 for equal shares, coefficient × area for an elevator). */
    public record Weighted(String householdId, BigDecimal weight) {
    }

    /** A household's share in fen. */
    public record Share(String householdId, long amount) {
    }

    public static List<Share> split(long amount, List<Weighted> households) {
        if (amount < 0) {
            throw new IllegalArgumentException("amount must not be negative");
        }
        // scale weights to integers so quotas are exact fractions
        int scale = households.stream().mapToInt(h -> Math.max(h.weight().stripTrailingZeros().scale(), 0)).max()
                .orElse(0);
        List<BigInteger> weights = households.stream()
                .map(h -> h.weight().movePointRight(scale).toBigIntegerExact()).toList();
        BigInteger total = weights.stream().reduce(BigInteger.ZERO, BigInteger::add);
        if (total.signum() <= 0) {
            throw new IllegalArgumentException("the weights must sum to more than zero");
        }
        BigInteger amountBig = BigInteger.valueOf(amount);
        List<long[]> parts = new ArrayList<>();
        List<BigInteger> remainders = new ArrayList<>();
        long given = 0;
        for (BigInteger weight : weights) {
            BigInteger[] quotient = amountBig.multiply(weight).divideAndRemainder(total);
            parts.add(new long[] {quotient[0].longValueExact()});
            remainders.add(quotient[1]);
            given += quotient[0].longValueExact();
        }
        long left = amount - given;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < households.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer, BigInteger>comparing(remainders::get).reversed()
                .thenComparing(Comparator.<Integer, BigInteger>comparing(weights::get).reversed())
                .thenComparing(i -> households.get(i).householdId()));
        for (int k = 0; k < left; k++) {
            parts.get(order.get(k))[0]++;
        }
        List<Share> shares = new ArrayList<>();
        for (int i = 0; i < households.size(); i++) {
            shares.add(new Share(households.get(i).householdId(), parts.get(i)[0]));
        }
        return shares;
    }
}
