package org.renewal.plan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.renewal.contracts.EventPayload;
import org.renewal.contracts.funding.FundingChannel;
import org.renewal.contracts.plan.PlanApproved;
import org.renewal.plan.community.PlanCommunity;
import org.renewal.platform.rules.DomainException;

/** The plan's review (一小区一方案: draft → submitted → returned/approved), without Spring or a store. */
class PlanTest {

    private static final LocalDate START = LocalDate.of(2027, 4, 1);

    private static final PlanCommunity COMMUNITY = new PlanCommunity("c-1", "北山小区", "220302", "220302001", 1994, 3,
            96, new BigDecimal("6000.00"), List.of(
                    new PlanCommunity.BuildingFacts("1", 6, 2, 24, new BigDecimal("1500.00"), false),
                    new PlanCommunity.BuildingFacts("2", 6, 2, 36, new BigDecimal("2200.00"), false),
                    new PlanCommunity.BuildingFacts("3", 6, 2, 36, new BigDecimal("2300.00"), false)),
            "RESERVED", "ELIGIBLE", BigDecimal.TEN, null, Instant.now(), 3, Instant.now());

    private static PlanContent.Line line(String code, List<String> buildings, long cost) {
        return new PlanContent.Line(code + "@" + (buildings.isEmpty() ? "all" : String.join(",", buildings)), code,
                code, "项", BigDecimal.ONE, cost, cost, buildings, List.of(), START, START.plusMonths(2), null);
    }

    private static PlanContent content(long funded, PlanContent.Line... lines) {
        long cost = 0;
        for (PlanContent.Line l : lines) {
            cost += l.cost();
        }
        return new PlanContent(List.of(lines), List.of(new PlanContent.Source(FundingChannel.GOVERNMENT_DISTRICT, "区财政",
                null, funded)), cost);
    }

    private static Plan drafted(PlanContent content) {
        Plan plan = Plan.draft("plan-1", COMMUNITY, "district");
        plan.revise(content);
        return plan;
    }

    private static void refused(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(DomainException.Kind.RULE_VIOLATED);
            assertThat(e.code()).isEqualTo(code);
        });
    }

    private static List<String> types(Plan p) {
        return p.recordedSinceSave().stream().map(EventPayload::eventType).toList();
    }

    @Test
    void aPlanWithoutItemsOrWhoseFundingDoesNotAddUpIsNotSubmitted() {
        refused(() -> Plan.draft("p", COMMUNITY, "d").submit("d"), "PLAN_HAS_NO_ITEMS");
        assertThatThrownBy(() -> drafted(content(99_999, line("ROOF", List.of("1"), 100_000))).submit("d"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("FUNDING_DOES_NOT_ADD_UP");
                    assertThat(e.args()).containsExactly(100_000L, 99_999L, 1L);
                });
    }

    @Test
    void aPlanWithAnElevatorWhoseMoneyIsNotInPlaceIsRefusedNamingTheElevatorPilotCondition() {
        PlanContent.Line elevator = new PlanContent.Line("ELEVATOR_RETROFIT@1-1", "ELEVATOR_RETROFIT", "加装电梯", "部",
                BigDecimal.ONE, 500_000, 500_000, List.of(), List.of(new PlanContent.Entrance("1", "1")), START,
                START.plusMonths(6), new PlanContent.ElevatorPilot("vote-1", "R-1", START, "A-1", START));

        assertThatThrownBy(() -> drafted(content(599_999, line("ROOF", List.of("1"), 100_000), elevator)).submit("d"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("ELEVATOR_FUNDS_NOT_IN_PLACE");
                    assertThat(e.args()).containsExactly("ELEVATOR_RETROFIT@1-1", 600_000L, 599_999L);
                });
        Plan covered = drafted(content(600_000, line("ROOF", List.of("1"), 100_000), elevator));
        covered.submit("d");
        assertThat(types(covered)).containsExactly("plan.PlanSubmitted");
    }

    @Test
    void aSubmittedRevisionIsFrozenAndNeitherEditedNorSubmittedAgain() {
        Plan plan = drafted(content(100_000, line("ROOF", List.of("1"), 100_000)));
        plan.submit("district");

        refused(() -> plan.revise(content(1, line("X", List.of(), 1))), "PLAN_NOT_EDITABLE");
        refused(() -> plan.submit("district"), "PLAN_NOT_SUBMITTABLE");
        assertThat(plan.currentRevision().number()).isEqualTo(1);
        assertThat(types(plan)).containsExactly("plan.PlanSubmitted");
    }

    @Test
    void returnedWithOpinionsOnItsOwnLinesItIsRevisedAndSubmittedAsTheNextRevision() {
        Plan plan = drafted(content(100_000, line("ROOF", List.of("1"), 100_000)));
        refused(() -> plan.returnWith(List.of()), "PLAN_NOT_SUBMITTED");
        plan.submit("district");
        refused(() -> plan.returnWith(List.of(new Opinion(1, "NOPE@all", "?", "city", Instant.now()))),
                "OPINION_ON_UNKNOWN_LINE");

        plan.returnWith(List.of(new Opinion(1, "ROOF@1", "面积与测绘不符", "city", Instant.now()),
                new Opinion(1, null, "补充资金来源说明", "city", Instant.now())));
        plan.revise(content(120_000, line("ROOF", List.of("1"), 120_000)));
        plan.submit("district");

        assertThat(plan.opinions()).hasSize(2);
        assertThat(plan.currentRevision().number()).isEqualTo(2);
        assertThat(plan.revisions().get(0).content().totalCost()).as("revision 1 unchanged").isEqualTo(100_000);
        assertThat(types(plan)).containsExactly("plan.PlanSubmitted", "plan.PlanReturned", "plan.PlanSubmitted");
    }

    @Test
    void theApprovedRevisionIsAnnouncedWithTheBuildingsHouseholdsAndAreaItCovers() {
        Plan plan = drafted(content(150_000, line("ROOF", List.of("1"), 100_000), line("PIPES", List.of("3"), 50_000)));
        refused(() -> plan.approve("city", COMMUNITY), "PLAN_NOT_SUBMITTED");
        plan.submit("district");

        plan.approve("city", COMMUNITY);

        var approved = (PlanApproved) plan.recordedSinceSave().get(1);
        assertThat(approved.buildings()).containsExactly("1", "3");
        assertThat(approved.households()).isEqualTo(60);
        assertThat(approved.floorArea()).isEqualByComparingTo("3800.00");
        assertThat(approved.totalCost()).isEqualTo(150_000);
        refused(() -> plan.approve("city", COMMUNITY), "PLAN_NOT_SUBMITTED");
    }

    @Test
    void aLineForTheWholeCommunityCoversEveryBuilding() {
        var content = content(10, line("ROOF", List.of("1"), 5), line("GREENING", List.of(), 5));

        assertThat(Plan.covered(content, COMMUNITY)).containsExactly("1", "2", "3");
    }

    @Test
    void preparationIsRecordedOnlyAfterApproval() {
        Plan plan = drafted(content(100_000, line("ROOF", List.of("1"), 100_000)));

        refused(() -> plan.prepare(null), "PLAN_NOT_APPROVED");
    }
}
