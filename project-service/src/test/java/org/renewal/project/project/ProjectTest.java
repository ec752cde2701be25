package org.renewal.project.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.renewal.contracts.EventPayload;
import org.renewal.contracts.plan.PlanApproved;
import org.renewal.platform.rules.DomainException;
import org.renewal.project.project.ProjectParts.Acceptance;

/** Every transition and refusal of the construction project (施工全过程), without Spring or a store. */
class ProjectTest {

    private static final LocalDate START = LocalDate.of(2026, 4, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    // ---- test data

    static Project approved() {
        var roofs = new PlanApproved.Item("L1", "ROOF_WATERPROOFING", "屋面防水", new BigDecimal("1200"), "m²", 100,
                120_000, List.of("1"), List.of(), START, START.plusMonths(2));
        var pipes = new PlanApproved.Item("L2", "WATER_SUPPLY", "供水管网", BigDecimal.ONE, "项", 360_000,
                360_000, List.of(), List.of(), START, START.plusMonths(3));
        return Project.from(new PlanApproved("plan-1", "c-1", "北山小区", "220302", "220302001", 1,
                List.of(roofs, pipes), 480_000, List.of(new PlanApproved.Source("GOVERNMENT_DISTRICT", "区财政", null,
                480_000)), List.of("1"), 48, new BigDecimal("3120.50")));
    }

    static ProjectParts.ContractedUnit unit(UnitRole role) {
        return new ProjectParts.ContractedUnit(role, role.name() + " 公司", "91220302MA0000000Q", "王工",
                TenderMethod.OPEN, START.minusDays(10), 400_000, "HT-" + role, Instant.now());
    }

    static Project started() {
        Project p = approved();
        p.contract(unit(UnitRole.CONTRACTOR));
        p.contract(unit(UnitRole.SUPERVISION));
        p.start(START);
        return p;
    }

    static Project completed() {
        Project p = started();
        p.report("L1", 100, null, null, "完工", List.of(), null, "contractor", UnitRole.CONTRACTOR, TODAY);
        p.report("L2", 100, null, null, "完工", List.of(), null, "contractor", UnitRole.CONTRACTOR, TODAY);
        return p;
    }

    static Project accepted() {
        Project p = completed();
        Acceptance a = p.organiseAcceptance("bureau", TODAY);
        for (AcceptanceParty party : AcceptanceParty.values()) {
            p.sign(a.attempt(), party, true, null, null, "signer", TODAY);
        }
        return p;
    }

    private static void refused(ThrowingCallable call, DomainException.Kind kind, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.code()).isEqualTo(code);
        });
    }

    private static void invalidField(ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
            assertThat(e.errors()).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo(field));
        });
    }

    private static List<String> types(Project p) {
        return p.recordedSinceSave().stream().map(EventPayload::eventType).toList();
    }

    private static ProjectParts.Evaluation graded(Grade grade) {
        return new ProjectParts.Evaluation(90, 90, 90, 90, new BigDecimal("90.00"), grade, null, "city", Instant.now(),
                null);
    }

    // ---- creation, tender, start

    @Test
    void anApprovedPlanBecomesAProjectWithItsItemsAndIsAnnounced() {
        Project p = approved();

        assertThat(p.getId()).isEqualTo("plan-1");
        assertThat(p.overall()).isEqualByComparingTo("0.00");
        assertThat(types(p)).containsExactly("project.ProjectCreated");
    }

    @Test
    void aRoleContractedAgainBeforeTheStartReplacesTheFirstUnit() {
        Project p = approved();
        p.contract(unit(UnitRole.CONTRACTOR));
        var other = new ProjectParts.ContractedUnit(UnitRole.CONTRACTOR, "另一家", "91220302MA0000001Y", null,
                TenderMethod.OPEN, START, 390_000, "HT-2", Instant.now());
        p.contract(other);

        assertThat(p.unit(UnitRole.CONTRACTOR)).contains(other);
        assertThat(types(p)).containsExactly("project.ProjectCreated", "project.UnitContracted", "project.UnitContracted");
    }

    @Test
    void theStartNeedsAContractorAndASupervisor() {
        Project p = approved();
        refused(() -> p.start(START), DomainException.Kind.RULE_VIOLATED, "UNIT_NOT_CONTRACTED");
        p.contract(unit(UnitRole.CONTRACTOR));
        refused(() -> p.start(START), DomainException.Kind.RULE_VIOLATED, "UNIT_NOT_CONTRACTED");
        p.contract(unit(UnitRole.SUPERVISION));

        p.start(START);

        assertThat(types(p)).endsWith("project.ProjectStarted");
    }

    @Test
    void afterTheStartNoUnitIsContractedAndTheProjectDoesNotStartTwice() {
        Project p = started();

        refused(() -> p.contract(unit(UnitRole.DESIGN)), DomainException.Kind.RULE_VIOLATED, "PROJECT_ALREADY_STARTED");
        refused(() -> p.start(START), DomainException.Kind.RULE_VIOLATED, "PROJECT_ALREADY_STARTED");
    }

    // ---- progress

    @Test
    void progressIsWeightedByCostAndTheLastItemAtAHundredCompletesTheWorks() {
        Project p = started();
        p.report("L1", 50, null, null, null, null, null, "c", UnitRole.CONTRACTOR, TODAY);

        // 120,000 fen at 50 % of 480,000 fen = 12.50 %
        assertThat(p.overall()).isEqualByComparingTo("12.50");
        p.report("L1", 100, null, null, null, null, null, "c", UnitRole.CONTRACTOR, TODAY);
        p.report("L2", 100, null, null, null, null, null, "c", UnitRole.CONTRACTOR, TODAY);
        assertThat(p.overall()).isEqualByComparingTo("100.00");
        refused(() -> p.start(START), DomainException.Kind.RULE_VIOLATED, "PROJECT_ALREADY_STARTED");
    }

    @Test
    void progressBeforeTheStartIsRefused() {
        Project p = approved();

        refused(() -> p.report("L1", 10, null, null, null, null, null, "c", UnitRole.CONTRACTOR, TODAY),
                DomainException.Kind.RULE_VIOLATED, "PROJECT_NOT_STARTED");
    }

    @Test
    void progressBackwardsNeedsAReason() {
        Project p = started();
        p.report("L1", 60, null, null, null, null, null, "c", UnitRole.CONTRACTOR, TODAY);

        invalidField(() -> p.report("L1", 40, null, null, null, null, " ", "c", UnitRole.CONTRACTOR, TODAY), "reason");
        p.report("L1", 40, null, null, null, null, "返工", "c", UnitRole.CONTRACTOR, TODAY);
        assertThat(p.overall()).isEqualByComparingTo("10.00");
    }

    @Test
    void datesBeforeTheProjectOrAFinishBeforeTheStartAreRefusedNamingTheField() {
        Project p = started();

        invalidField(() -> p.report("L1", 10, START.minusDays(1), null, null, null, null, "c", UnitRole.CONTRACTOR,
                TODAY), "actualStart");
        invalidField(() -> p.report("L1", 100, START.plusDays(10), START.plusDays(5), null, null, null, "c",
                UnitRole.CONTRACTOR, TODAY), "actualFinish");
    }

    @Test
    void anUnknownItemIsNotFound() {
        Project p = started();

        refused(() -> p.report("L9", 10, null, null, null, null, null, "c", UnitRole.CONTRACTOR, TODAY),
                DomainException.Kind.NOT_FOUND, "ITEM_NOT_FOUND");
    }

    @Test
    void anItemPastItsPlannedFinishIsAnnouncedLateOnce() {
        Project p = started();
        LocalDate afterRoofs = START.plusMonths(2).plusDays(1);

        assertThat(p.announceLate(afterRoofs)).isTrue();
        assertThat(p.announceLate(afterRoofs.plusDays(1))).as("once").isFalse();
        assertThat(types(p).stream().filter("project.MilestoneLate"::equals)).hasSize(1);
        assertThat(approved().announceLate(afterRoofs)).as("not before the start").isFalse();
    }

    // ---- remarks and findings

    @Test
    void aRemarkIsAnsweredOnceAndAnUnknownOneIsNotFound() {
        Project p = started();
        var remark = p.remark("1-1-101", "resident", "楼道堆料", List.of());

        p.answer(remark.id(), "已清理", "contractor");

        refused(() -> p.answer(remark.id(), "again", "contractor"), DomainException.Kind.CONFLICT,
                "REMARK_ALREADY_ANSWERED");
        refused(() -> p.answer("nope", "x", "y"), DomainException.Kind.NOT_FOUND, "REMARK_NOT_FOUND");
    }

    @Test
    void findingsNeedAStartedProjectAndCloseOnceLateWhenPastTheirDeadline() {
        refused(() -> approved().openFinding(FindingSeverity.MAJOR, "x", null, UnitRole.CONTRACTOR, TODAY, "s"),
                DomainException.Kind.RULE_VIOLATED, "PROJECT_NOT_STARTED");
        Project p = started();
        refused(() -> p.openFinding(FindingSeverity.MAJOR, "x", "L9", UnitRole.CONTRACTOR, TODAY, "s"),
                DomainException.Kind.NOT_FOUND, "ITEM_NOT_FOUND");
        var finding = p.openFinding(FindingSeverity.MAJOR, "防水层空鼓", "L1", UnitRole.CONTRACTOR, TODAY, "s");

        p.closeFinding(finding.id(), "已返修", List.of(), "c", TODAY.plusDays(1));

        var closed = (org.renewal.contracts.project.InspectionFindingClosed) p.recordedSinceSave()
                .get(p.recordedSinceSave().size() - 1);
        assertThat(closed.late()).isTrue();
        refused(() -> p.closeFinding(finding.id(), "x", null, "c", TODAY), DomainException.Kind.CONFLICT,
                "FINDING_ALREADY_CLOSED");
        refused(() -> p.closeFinding("nope", "x", null, "c", TODAY), DomainException.Kind.NOT_FOUND,
                "FINDING_NOT_FOUND");
    }

    // ---- acceptance

    @Test
    void anAcceptanceNeedsCompletedWorksNoOpenCriticalFindingAndEveryRemarkAnswered() {
        refused(() -> started().organiseAcceptance("b", TODAY), DomainException.Kind.RULE_VIOLATED,
                "PROJECT_NOT_COMPLETED");

        Project critical = completed();
        critical.openFinding(FindingSeverity.CRITICAL, "结构裂缝", null, UnitRole.CONTRACTOR, TODAY, "s");
        refused(() -> critical.organiseAcceptance("b", TODAY), DomainException.Kind.RULE_VIOLATED,
                "CRITICAL_FINDING_OPEN");

        Project unanswered = completed();
        unanswered.remark("1-1-101", "resident", "?", null);
        refused(() -> unanswered.organiseAcceptance("b", TODAY), DomainException.Kind.RULE_VIOLATED,
                "REMARKS_UNANSWERED");

        Project ready = completed();
        ready.organiseAcceptance("b", TODAY);
        refused(() -> ready.organiseAcceptance("b", TODAY), DomainException.Kind.CONFLICT, "ACCEPTANCE_IN_PROGRESS");
    }

    @Test
    void theAcceptancePassesOnlyWhenEveryPartyHasSignedAPass() {
        Project p = completed();
        Acceptance a = p.organiseAcceptance("bureau", TODAY);
        AcceptanceParty[] parties = AcceptanceParty.values();
        for (int i = 0; i < parties.length - 1; i++) {
            p.sign(a.attempt(), parties[i], true, null, null, "s", TODAY);
        }
        assertThat(p.accepted()).as("five of six parties").isFalse();

        p.sign(a.attempt(), parties[parties.length - 1], true, null, null, "s", TODAY);

        assertThat(p.accepted()).isTrue();
        assertThat(types(p)).endsWith("project.AcceptancePassed");
    }

    @Test
    void oneFailingPartyFailsTheAcceptanceWithItsPunchItemsAndANewOneCanBeOrganised() {
        Project p = completed();
        Acceptance a = p.organiseAcceptance("bureau", TODAY);
        invalidField(() -> p.sign(a.attempt(), AcceptanceParty.OWNERS, false, null, List.of(), "s", TODAY),
                "punchItems");
        for (AcceptanceParty party : AcceptanceParty.values()) {
            p.sign(a.attempt(), party, party != AcceptanceParty.OWNERS, null,
                    party == AcceptanceParty.OWNERS ? List.of("3号楼屋面渗水") : null, "s", TODAY);
        }

        assertThat(p.accepted()).isFalse();
        assertThat(types(p)).endsWith("project.AcceptanceFailed");
        refused(() -> p.sign(a.attempt(), AcceptanceParty.OWNERS, true, null, null, "s", TODAY),
                DomainException.Kind.RULE_VIOLATED, "ACCEPTANCE_DECIDED");
        assertThat(p.organiseAcceptance("bureau", TODAY).attempt()).isEqualTo(2);
    }

    @Test
    void aPartySignsOnceAndOnlyTheCurrentAttempt() {
        Project p = completed();
        Acceptance a = p.organiseAcceptance("bureau", TODAY);
        p.sign(a.attempt(), AcceptanceParty.STREET, true, null, null, "s", TODAY);

        refused(() -> p.sign(a.attempt(), AcceptanceParty.STREET, true, null, null, "s", TODAY),
                DomainException.Kind.CONFLICT, "ALREADY_SIGNED");
        refused(() -> p.sign(7, AcceptanceParty.COMMUNITY, true, null, null, "s", TODAY),
                DomainException.Kind.NOT_FOUND, "ACCEPTANCE_NOT_FOUND");
    }

    // ---- evaluation and handover

    @Test
    void anAcceptedProjectIsEvaluatedOnce() {
        refused(() -> completed().evaluate(graded(Grade.GOOD)), DomainException.Kind.RULE_VIOLATED,
                "PROJECT_NOT_ACCEPTED");
        Project p = accepted();

        p.evaluate(graded(Grade.GOOD));

        assertThat(types(p)).endsWith("project.ProjectEvaluated");
        refused(() -> p.evaluate(graded(Grade.EXCELLENT)), DomainException.Kind.CONFLICT, "PROJECT_ALREADY_EVALUATED");
    }

    @Test
    void theHandoverNeedsAcceptanceAndGovernanceInPlaceAndHappensOnce() {
        var handover = new ProjectParts.Handover("220302001", TODAY, null, "bureau", Instant.now());
        refused(() -> completed().handOver(handover, true), DomainException.Kind.RULE_VIOLATED, "PROJECT_NOT_ACCEPTED");
        Project p = accepted();
        refused(() -> p.handOver(handover, false), DomainException.Kind.RULE_VIOLATED, "GOVERNANCE_NOT_READY");

        p.handOver(handover, true);

        assertThat(types(p)).endsWith("project.ProjectHandedOver");
        refused(() -> p.handOver(handover, true), DomainException.Kind.CONFLICT, "PROJECT_ALREADY_HANDED_OVER");
        p.evaluate(graded(Grade.PASS));
        assertThat(types(p)).as("an evaluation after the handover is still recorded").endsWith("project.ProjectEvaluated");
    }
}
