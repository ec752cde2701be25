package org.renewal.funding.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** Property-based: whatever the amount and weights, shares are whole fen that sum exactly and are fair. */
class ShareSplitterPropertiesTest {

    @Property(tries = 500)
    void sharesSumExactlyToTheAmount(@ForAll @LongRange(min = 0, max = 10_000_000_000L) long amount,
                                     @ForAll("households") List<ShareSplitter.Weighted> households) {
        List<ShareSplitter.Share> shares = ShareSplitter.split(amount, households);

        assertThat(shares).hasSize(households.size());
        assertThat(shares.stream().mapToLong(ShareSplitter.Share::amount).sum()).isEqualTo(amount);
        assertThat(shares).allMatch(s -> s.amount() >= 0);
    }

    @Property(tries = 500)
    void eachShareIsWithinOneFenOfItsExactQuota(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long amount,
                                                @ForAll("households") List<ShareSplitter.Weighted> households) {
        List<ShareSplitter.Share> shares = ShareSplitter.split(amount, households);
        BigDecimal total = households.stream().map(ShareSplitter.Weighted::weight).reduce(BigDecimal.ZERO, BigDecimal::add);

        for (int i = 0; i < households.size(); i++) {
            BigDecimal quota = BigDecimal.valueOf(amount).multiply(households.get(i).weight())
                    .divide(total, 10, java.math.RoundingMode.DOWN);
            BigDecimal floor = quota.setScale(0, java.math.RoundingMode.FLOOR);
            assertThat(BigDecimal.valueOf(shares.get(i).amount())).isBetween(floor, floor.add(BigDecimal.ONE));
        }
    }

    @Property(tries = 200)
    void theSplitDoesNotDependOnTheOrderOfHouseholds(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long amount,
                                                     @ForAll("households") List<ShareSplitter.Weighted> households) {
        List<ShareSplitter.Weighted> shuffled = new ArrayList<>(households);
        Collections.shuffle(shuffled, new java.util.Random(amount));

        var inOrder = ShareSplitter.split(amount, households);
        var outOfOrder = ShareSplitter.split(amount, shuffled);

        assertThat(outOfOrder).containsExactlyInAnyOrderElementsOf(inOrder);
    }

    @Property(tries = 200)
    void aHeavierHouseholdNeverPaysLess(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long amount,
                                        @ForAll("households") List<ShareSplitter.Weighted> households) {
        var shares = ShareSplitter.split(amount, households);

        for (int i = 0; i < households.size(); i++) {
            for (int j = 0; j < households.size(); j++) {
                if (households.get(i).weight().compareTo(households.get(j).weight()) > 0) {
                    assertThat(shares.get(i).amount()).isGreaterThanOrEqualTo(shares.get(j).amount());
                }
            }
        }
    }

    @Example
    void theTieBreakGivesTheLeftoverFenToTheLargerWeightThenTheSmallerId() {
        // 100 fen over three equal households: 33 each and one fen left, to the smallest id
        var equal = ShareSplitter.split(100, List.of(w("1-1-103", "1"), w("1-1-101", "1"), w("1-1-102", "1")));
        assertThat(equal).containsExactly(new ShareSplitter.Share("1-1-103", 33), new ShareSplitter.Share("1-1-101", 34),
                new ShareSplitter.Share("1-1-102", 33));
        // households with weight 0 (floors 1–2 for an elevator) pay nothing
        var elevator = ShareSplitter.split(1000, List.of(w("a", "0"), w("b", "60.5"), w("c", "60.5")));
        assertThat(elevator).extracting(ShareSplitter.Share::amount).containsExactly(0L, 500L, 500L);
    }

    @Provide
    Arbitrary<List<ShareSplitter.Weighted>> households() {
        Arbitrary<BigDecimal> weight = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("500"))
                .ofScale(2);
        return weight.list().ofMinSize(1).ofMaxSize(60)
                .filter(ws -> ws.stream().anyMatch(w -> w.signum() > 0))
                .map(ws -> {
                    List<ShareSplitter.Weighted> list = new ArrayList<>();
                    for (int i = 0; i < ws.size(); i++) {
                        list.add(new ShareSplitter.Weighted("h-" + BigInteger.valueOf(1000 + i), ws.get(i)));
                    }
                    return list;
                });
    }

    private static ShareSplitter.Weighted w(String id, String weight) {
        return new ShareSplitter.Weighted(id, new BigDecimal(weight));
    }
}
