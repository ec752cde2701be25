package org.renewal.plan.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class BatchSelectionTest {

    private static BatchSelection.Candidate full(String id) {
        return new BatchSelection.Candidate(id, "小区" + id, "ELIGIBLE", null);
    }

    private static BatchSelection.Candidate proportional(String id) {
        return new BatchSelection.Candidate(id, "小区" + id, "BY_PROPORTION", null);
    }

    private static List<String> reasons(BatchSelection.Result r) {
        return r.skipped().stream().map(s -> s.communityId() + ":" + s.reason()).toList();
    }

    @Test
    void takesTheReserveInUrgencyOrderUntilTheTarget() {
        var r = BatchSelection.choose(2026, List.of(full("a"), full("b"), full("c")), List.of(), 2, 20);

        assertThat(r.batch()).containsExactly("a", "b");
        assertThat(reasons(r)).containsExactly("c:TARGET_REACHED");
    }

    @Test
    void aByProportionCommunityIsTakenWhenTheShareAfterwardsIsExactlyTheCap() {
        // four full communities, then one by proportion: 1 of 5 = 20 % — allowed at a 20 % cap
        var reserve = List.of(full("a"), full("b"), full("c"), full("d"), proportional("p1"));

        assertThat(BatchSelection.choose(2026, reserve, List.of(), 10, 20).batch()).contains("p1");
        // at 19 % the same share is one point too many
        assertThat(reasons(BatchSelection.choose(2026, reserve, List.of(), 10, 19))).containsExactly("p1:BY_PROPORTION_CAP");
    }

    @Test
    void theShareIsCountedAfterTakingSoAFirstByProportionCommunityNeedsACapOfAHundredPercent() {
        var reserve = List.of(proportional("p1"), full("a"));

        assertThat(reasons(BatchSelection.choose(2026, reserve, List.of(), 10, 99))).containsExactly("p1:BY_PROPORTION_CAP");
        assertThat(BatchSelection.choose(2026, reserve, List.of(), 10, 100).batch()).containsExactly("p1", "a");
    }

    @Test
    void aSecondByProportionCommunityOverTheCapIsSkippedAndLaterOnesStillChecked() {
        var reserve = new ArrayList<>(List.of(full("a"), full("b"), full("c"), full("d"), proportional("p1"),
                proportional("p2"), full("e"), full("f"), full("g"), full("h"), full("i"), proportional("p3")));

        var r = BatchSelection.choose(2026, reserve, List.of(), 20, 20);

        // p2 would make 2 of 6 (33 %); p3 comes when the batch holds 10 with 1 by proportion: 2 of 11 = 18 %
        assertThat(reasons(r)).containsExactly("p2:BY_PROPORTION_CAP");
        assertThat(r.batch()).contains("p1", "p3").doesNotContain("p2");
    }

    @Test
    void aCapOfZeroTakesNoByProportionCommunity() {
        var r = BatchSelection.choose(2026, List.of(full("a"), proportional("p1")), List.of(), 5, 0);

        assertThat(r.batch()).containsExactly("a");
        assertThat(reasons(r)).containsExactly("p1:BY_PROPORTION_CAP");
    }

    @Test
    void aCommunityInAnotherYearsBatchIsSkippedOneInThisYearsIsTaken() {
        var reserve = List.of(new BatchSelection.Candidate("x", "x", "ELIGIBLE", 2025),
                new BatchSelection.Candidate("y", "y", "ELIGIBLE", 2026));

        var r = BatchSelection.choose(2026, reserve, List.of(), 5, 20);

        assertThat(r.batch()).containsExactly("y");
        assertThat(reasons(r)).containsExactly("x:IN_ANOTHER_BATCH");
    }

    @Test
    void choosingAgainKeepsTheBatchCountsItsByProportionMembersAndAddsOnlyNewOnes() {
        var reserve = List.of(full("a"), proportional("p1"), proportional("p2"), full("b"));

        var r = BatchSelection.choose(2026, reserve, List.of("a", "p1"), 4, 50);

        // kept: a, p1 (1 of 2 by proportion); p2 would make 2 of 3 = 67 % > 50 %
        assertThat(r.batch()).containsExactly("a", "p1", "b");
        assertThat(r.added()).containsExactly("b");
        assertThat(reasons(r)).containsExactly("p2:BY_PROPORTION_CAP");
    }

    @Test
    void aTargetOfZeroTakesNothing() {
        var r = BatchSelection.choose(2026, List.of(full("a")), List.of(), 0, 20);

        assertThat(r.batch()).isEmpty();
        assertThat(reasons(r)).containsExactly("a:TARGET_REACHED");
    }

    @Test
    void impossibleSettingsAreRefused() {
        assertThatThrownBy(() -> BatchSelection.choose(2026, List.of(), List.of(), 1, 101))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BatchSelection.choose(2026, List.of(), List.of(), -1, 20))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
