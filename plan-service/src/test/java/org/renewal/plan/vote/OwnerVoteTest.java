package org.renewal.plan.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.renewal.contracts.plan.OwnerVoteClosed;
import org.renewal.platform.rules.DomainException;

/** The owners' vote (业主共同决定, Civil Code art. 278) as an aggregate, without Spring or a store. */
class OwnerVoteTest {

    /** Twelve owners of 100.00 m² each; owner 12 also owns household 1-1-112 (two units, one owner). */
    private static OwnerVote vote(VoteMatter matter) {
        List<OwnerVote.Elector> electorate = new ArrayList<>();
        for (int i = 1; i <= 11; i++) {
            electorate.add(new OwnerVote.Elector("owner-" + i, 10_000, List.of("1-1-1" + String.format("%02d", i))));
        }
        electorate.add(new OwnerVote.Elector("owner-12", 20_000, List.of("1-1-112", "1-1-113")));
        return OwnerVote.open("v-1", "c-1", "220302", "220302001", matter, "改造方案", null, null, electorate, "street");
    }

    private static void votes(OwnerVote vote, int yes, int no) {
        for (int i = 1; i <= yes + no; i++) {
            vote.cast("1-1-1" + String.format("%02d", i), i <= yes ? Ballot.Choice.YES : Ballot.Choice.NO,
                    Ballot.Channel.ONLINE, "resident");
        }
    }

    @Test
    void anOwnerOfTwoUnitsVotesOnceWithAllTheirAreaTheLastBallotCounting() {
        OwnerVote v = vote(VoteMatter.RENOVATION);
        v.cast("1-1-112", Ballot.Choice.NO, Ballot.Channel.PAPER, "committee");
        v.cast("1-1-113", Ballot.Choice.YES, Ballot.Channel.ONLINE, "resident");

        var counts = v.counts();

        assertThat(counts.participatingOwners()).isEqualTo(1);
        assertThat(counts.participatingArea()).isEqualTo(20_000);
        assertThat(counts.yesOwners()).isEqualTo(1);
        assertThat(counts.totalArea()).isEqualTo(130_000);
        assertThat(counts.totalOwners()).isEqualTo(12);
    }

    @Test
    void aHouseholdOutsideTheElectorateIsNotFound() {
        assertThatThrownBy(() -> vote(VoteMatter.RENOVATION).cast("9-9-909", Ballot.Choice.YES, Ballot.Channel.ONLINE, "x"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND);
                    assertThat(e.code()).isEqualTo("NOT_IN_ELECTORATE");
                });
    }

    @Test
    void aClosedVoteTakesNoBallotAndDoesNotCloseTwiceItsResultFixed() {
        OwnerVote v = vote(VoteMatter.HIRE_PROPERTY_MANAGEMENT);
        votes(v, 9, 0);
        v.close("street");
        var fixed = v.tally();

        assertThatThrownBy(() -> v.cast("1-1-110", Ballot.Choice.NO, Ballot.Channel.ONLINE, "x"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("VOTE_CLOSED"));
        assertThatThrownBy(() -> v.close("street"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("VOTE_CLOSED"));
        assertThat(v.tally()).isEqualTo(fixed);
    }

    @Test
    void closingAnnouncesTheResultWithAreasInSquareMetres() {
        OwnerVote v = vote(VoteMatter.HIRE_PROPERTY_MANAGEMENT);
        votes(v, 9, 0);

        v.close("street");

        var closed = (OwnerVoteClosed) v.recordedSinceSave().get(0);
        assertThat(closed.matter()).isEqualTo("HIRE_PROPERTY_MANAGEMENT");
        assertThat(closed.totalArea()).isEqualByComparingTo("1300.00");
        assertThat(closed.participatingArea()).isEqualByComparingTo("900.00");
        assertThat(closed.valid()).as("participation 9 of 12 owners, 900 of 1,300 m²: both at least two thirds").isTrue();
        assertThat(closed.passed()).isTrue();
    }

    @Test
    void aSpecialMatterNeedsThreeQuartersOfTheParticipantsAnOrdinaryOneMoreThanHalf() {
        // 9 owners of 900 m² take part: 7 yes (700 m²) is 77.8 % ≥ 3/4; 6 yes (600 m²) is 66.7 %
        OwnerVote sevenOfNine = vote(VoteMatter.RENOVATION);
        votes(sevenOfNine, 7, 2);
        OwnerVote sixOfNine = vote(VoteMatter.RENOVATION);
        votes(sixOfNine, 6, 3);
        OwnerVote sixOfNineOrdinary = vote(VoteMatter.USE_MAINTENANCE_FUND);
        votes(sixOfNineOrdinary, 6, 3);

        assertThat(sevenOfNine.tally().passed()).isTrue();
        assertThat(sixOfNine.tally().passed()).isFalse();
        assertThat(sixOfNineOrdinary.tally().passed()).isTrue();
    }

    @Test
    void withoutTwoThirdsTakingPartTheVoteIsNotValid() {
        // 7 of 12 owners (700 of 1,300 m²) take part: fewer than two thirds by both
        OwnerVote v = vote(VoteMatter.USE_MAINTENANCE_FUND);
        votes(v, 7, 0);

        assertThat(v.tally().valid()).isFalse();
        assertThat(v.tally().passed()).isFalse();
    }
}
