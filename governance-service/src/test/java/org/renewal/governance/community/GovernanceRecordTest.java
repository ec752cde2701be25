package org.renewal.governance.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.renewal.contracts.EventPayload;
import org.renewal.contracts.governance.SatisfactionPublished;
import org.renewal.contracts.plan.PlanApproved;
import org.renewal.governance.community.GovernanceParts.Candidate;
import org.renewal.governance.community.GovernanceParts.Election;
import org.renewal.governance.community.GovernanceParts.Elector;
import org.renewal.platform.rules.DomainException;

/** Post-renovation governance (长效管理) of one community as an aggregate, without Spring or a store. */
class GovernanceRecordTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 9, 1);

    private static GovernanceRecord opened() {
        return GovernanceRecord.open(new PlanApproved("plan-1", "c-1", "北山小区", "220302", "220302001", 1, List.of(), 0,
                List.of(), List.of("1"), 12, new BigDecimal("1200.00")));
    }

    /** Twelve owners of 100 m² (in hundredths); households 1-1-101 … 1-1-112; four candidates for five seats. */
    private static Election election(int seats) {
        List<Elector> electorate = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            electorate.add(new Elector("owner-" + i, 10_000, List.of(household(i))));
        }
        List<Candidate> candidates = List.of(new Candidate(household(1), "张一", "owner-1"),
                new Candidate(household(2), "李二", "owner-2"), new Candidate(household(3), "王三", "owner-3"),
                new Candidate(household(4), "赵四", "owner-4"));
        return new Election("e-1", seats, 5, candidates, List.of("1"), electorate, List.of(), Election.OPEN, false,
                List.of(), "street", Instant.now(), null, null);
    }

    private static String household(int i) {
        return String.format("1-1-1%02d", i);
    }

    private static GovernanceRecord withOpenElection(int seats) {
        GovernanceRecord g = opened();
        g.preparatoryGroup(new GovernanceParts.PreparatoryGroup("街道", List.of(), TODAY, "street"));
        g.openElection(election(seats), TODAY);
        return g;
    }

    private static void refused(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    private static List<String> types(GovernanceRecord g) {
        return g.recordedSinceSave().stream().map(EventPayload::eventType).toList();
    }

    @Test
    void anElectionNeedsAPreparatoryGroupAndOnlyOneIsOpenAtATime() {
        GovernanceRecord g = opened();
        refused(() -> g.openElection(election(5), TODAY), "NO_PREPARATORY_GROUP");
        g.preparatoryGroup(new GovernanceParts.PreparatoryGroup("街道", List.of(), TODAY, "street"));
        g.openElection(election(5), TODAY);

        refused(() -> g.openElection(election(5), TODAY), "ELECTION_OPEN");
    }

    @Test
    void aBallotNamesOnlyCandidatesAtMostTheSeatsAndTheLastBallotOfAnOwnerCounts() {
        GovernanceRecord g = withOpenElection(2);

        refused(() -> g.cast(household(5), List.of("9-9-909"), "ONLINE", "r"), "VALIDATION_FAILED");
        refused(() -> g.cast(household(5), List.of(household(1), household(2), household(3)), "ONLINE", "r"),
                "VALIDATION_FAILED");
        refused(() -> g.cast("9-9-909", List.of(household(1)), "ONLINE", "r"), "NOT_IN_ELECTORATE");
        g.cast(household(5), List.of(household(1)), "ONLINE", "r");
        g.cast(household(5), List.of(household(2)), "PAPER", "committee");

        assertThat(g.election().ballots()).singleElement().satisfies(b ->
                assertThat(b.candidates()).containsExactly(household(2)));
    }

    @Test
    void candidatesWithMoreThanHalfOfTheParticipantsByAreaAndHeadAreElectedAndThreeFormACommittee() {
        GovernanceRecord g = withOpenElection(5);
        // nine of twelve owners vote (≥ 2/3): candidates 1–3 get five votes each (> half of nine), 4 gets four
        for (int i = 1; i <= 9; i++) {
            g.cast(household(i), i <= 5 ? List.of(household(1), household(2), household(3))
                    : List.of(household(4)), "ONLINE", "r");
        }
        g.cast(household(9), List.of(household(4)), "ONLINE", "r");

        g.closeElection(TODAY);

        assertThat(g.election().valid()).isTrue();
        assertThat(g.election().results()).filteredOn(GovernanceParts.CandidateResult::elected)
                .extracting(GovernanceParts.CandidateResult::householdId)
                .containsExactlyInAnyOrder(household(1), household(2), household(3));
        assertThat(g.committee().termEnd()).isEqualTo(TODAY.plusYears(5).minusDays(1));
        assertThat(types(g)).endsWith("governance.OwnersCommitteeElected");
        refused(() -> g.openElection(election(5), TODAY.plusYears(1)), "COMMITTEE_IN_TERM");
    }

    @Test
    void theTurnoutIsReadAsTheBallotsStandInTheUnitsOfOwnersVotes() {
        GovernanceRecord g = withOpenElection(5);
        for (int i = 1; i <= 8; i++) {
            g.cast(household(i), List.of(household(1)), "ONLINE", "r");
        }

        var turnout = g.turnout();

        // 8 of 12 owners, 800.00 of 1200.00 m²: exactly two thirds of each, valid
        assertThat(turnout.turnoutByOwners().numerator()).isEqualTo("8");
        assertThat(turnout.turnoutByOwners().denominator()).isEqualTo("12");
        assertThat(turnout.turnoutByArea().numerator()).isEqualTo("800.00");
        assertThat(turnout.turnoutByArea().percent()).isEqualByComparingTo("66.67");
        assertThat(turnout.valid()).isTrue();
        g.closeElection(TODAY);
        assertThat(g.turnout()).isEqualTo(turnout);
    }

    @Test
    void theOrganiserCancelsAnOpenElectionWithAReasonAndANewOneMayOpen() {
        GovernanceRecord g = withOpenElection(5);
        g.cast(household(1), List.of(household(1)), "ONLINE", "r");

        g.cancelElection("3号楼户册有误", "street-1");

        assertThat(g.election().status()).isEqualTo(Election.CANCELLED);
        assertThat(g.election().cancellation().reason()).isEqualTo("3号楼户册有误");
        assertThat(g.election().ballots()).as("kept for the record").hasSize(1);
        assertThat(g.committee()).isNull();
        refused(() -> g.cancelElection("again", "street-1"), "NO_OPEN_ELECTION");
        refused(() -> g.closeElection(TODAY), "NO_OPEN_ELECTION");
        g.openElection(election(5), TODAY);
        assertThat(g.election().status()).isEqualTo(Election.OPEN);
    }

    @Test
    void withoutTwoThirdsVotingNoCommitteeIsFormed() {
        GovernanceRecord g = withOpenElection(5);
        for (int i = 1; i <= 7; i++) {
            g.cast(household(i), List.of(household(1), household(2), household(3)), "ONLINE", "r");
        }

        g.closeElection(TODAY);

        assertThat(g.election().valid()).isFalse();
        assertThat(g.committee()).isNull();
        refused(() -> g.file(TODAY, "备-1"), "NO_COMMITTEE_ELECTED");
        refused(() -> g.closeElection(TODAY), "NO_OPEN_ELECTION");
    }

    @Test
    void filingTheCommitteeOrFormingASelfGovernanceGroupMakesGovernanceReadyOnce() {
        GovernanceRecord g = opened();
        g.selfGovernanceGroup(new GovernanceParts.SelfGovernanceGroup(List.of(new GovernanceParts.Member("刘", "组长")),
                TODAY, "street", Instant.now()));
        g.selfGovernanceGroup(new GovernanceParts.SelfGovernanceGroup(List.of(), TODAY.plusDays(1), "street",
                Instant.now()));

        assertThat(g.readyBody()).isEqualTo("SELF_GOVERNANCE_GROUP");
        assertThat(g.readySince()).isEqualTo(TODAY);
        assertThat(types(g).stream().filter("governance.GovernanceReady"::equals)).hasSize(1);
        assertThat(types(g).stream().filter("governance.SelfGovernanceGroupFormed"::equals)).hasSize(1);
    }

    @Test
    void engagingAndReplacingThePropertyManagerEachNeedTheirOwnOwnersDecision() {
        GovernanceRecord g = opened();
        refused(() -> g.propertyManager(manager("甲物业", null)), "OWNERS_DECISION_REQUIRED");
        g.propertyManager(manager("甲物业", decision("v-1")));

        refused(() -> g.propertyManager(manager("乙物业", null)), "OWNERS_DECISION_REQUIRED");
        refused(() -> g.propertyManager(manager("乙物业", decision("v-1"))), "OWNERS_DECISION_ALREADY_USED");
        g.propertyManager(manager("乙物业", decision("v-2")));
        assertThat(g.pastManagers()).extracting(GovernanceParts.PropertyManager::company).containsExactly("甲物业");
        assertThat(g.propertyManager().decision().voteId()).isEqualTo("v-2");
    }

    private static GovernanceParts.OwnersDecision decision(String voteId) {
        return new GovernanceParts.OwnersDecision(voteId, TODAY, "900.00", 9, "600.00", 6, "选聘");
    }

    private static GovernanceParts.PropertyManager manager(String company, GovernanceParts.OwnersDecision decision) {
        return new GovernanceParts.PropertyManager("PROFESSIONAL", company, "91220302MA0000000Q", TODAY,
                TODAY.plusYears(3), null, false, 50L, decision, "street", Instant.now());
    }

    @Test
    void satisfactionOpensWithTheAcceptanceTakesEachHouseholdsLastAnswerAndIsPublishedOnce() {
        GovernanceRecord g = opened();
        refused(() -> g.answerSatisfaction(answer(household(1), 5)), "SATISFACTION_NOT_OPEN");
        g.acceptancePassed();
        g.answerSatisfaction(answer(household(1), 2));
        g.answerSatisfaction(answer(household(1), 5));
        g.answerSatisfaction(answer(household(2), 4));

        g.closeSatisfaction();

        SatisfactionPublished published = g.satisfactionResult();
        assertThat(published.respondents()).isEqualTo(2);
        assertThat(published.overall()).isEqualByComparingTo("4.50");
        refused(g::closeSatisfaction, "SATISFACTION_NOT_OPEN");
        g.acceptancePassed();
        assertThat(g.satisfactionOpen()).as("not reopened once published").isFalse();
    }

    private static GovernanceParts.SatisfactionAnswer answer(String household, int overall) {
        return new GovernanceParts.SatisfactionAnswer(household, Map.of("ROOF", overall), overall, Instant.now());
    }
}
