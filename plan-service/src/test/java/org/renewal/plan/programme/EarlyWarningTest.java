package org.renewal.plan.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.renewal.plan.programme.EarlyWarning.Level;
import org.renewal.plan.programme.EarlyWarning.Reason;

/** The console's early-warning policy at each of its boundaries. */
class EarlyWarningTest {

    /** The 2026 batch's deadline: 1 January to 31 December is 364 days; half is day 182 (2 July), three quarters 273. */
    private static final LocalDate DEADLINE = LocalDate.of(2026, 12, 31);

    private static ProgrammeCommunity community(ProgrammeStage stage, Integer batchYear, List<String> late,
                                                List<String> findings, long planned, long received) {
        return new ProgrammeCommunity("c", "幸福小区", "220302", "220302001", 1994, 3, 120, new BigDecimal("8000"),
                "PRIORITY", BigDecimal.TEN, true, stage.ordinal(), null, late, findings, null, null, batchYear, null,
                null, null, null, null, Map.of("CENTRAL_SUBSIDY", planned), Map.of(),
                Map.of("CENTRAL_SUBSIDY", received), Map.of(), null, null, null);
    }

    private static EarlyWarning.Signal signal(ProgrammeStage stage, LocalDate today) {
        return EarlyWarning.of(community(stage, 2026, List.of(), List.of(), 0, 0), DEADLINE, today);
    }

    @Test
    void notStartedTurnsAmberAtHalfTheYearAndRedAtThreeQuarters() {
        assertThat(signal(ProgrammeStage.APPROVED, LocalDate.of(2026, 7, 1)).level()).isEqualTo(Level.GREEN);
        assertThat(signal(ProgrammeStage.APPROVED, LocalDate.of(2026, 7, 2)).causes())
                .containsExactly(new EarlyWarning.Cause(Reason.NOT_STARTED, Level.AMBER));
        assertThat(signal(ProgrammeStage.APPROVED, LocalDate.of(2026, 9, 30)).level()).isEqualTo(Level.AMBER);
        assertThat(signal(ProgrammeStage.APPROVED, LocalDate.of(2026, 10, 1)).causes())
                .containsExactly(new EarlyWarning.Cause(Reason.NOT_STARTED, Level.RED));
        assertThat(signal(ProgrammeStage.UNDER_CONSTRUCTION, LocalDate.of(2026, 10, 1)).level()).isEqualTo(Level.GREEN);
    }

    @Test
    void notAcceptedAfterTheDeadlineIsRedOnTheDayAfterIt() {
        assertThat(signal(ProgrammeStage.UNDER_CONSTRUCTION, DEADLINE).level()).isEqualTo(Level.GREEN);
        assertThat(signal(ProgrammeStage.UNDER_CONSTRUCTION, DEADLINE.plusDays(1)).causes())
                .containsExactly(new EarlyWarning.Cause(Reason.PAST_DEADLINE, Level.RED));
        assertThat(signal(ProgrammeStage.ACCEPTED, DEADLINE.plusDays(1)).level()).isEqualTo(Level.GREEN);
    }

    @Test
    void withoutABatchOrADeadlineThereIsNoPace() {
        LocalDate late = LocalDate.of(2027, 6, 1);
        assertThat(EarlyWarning.of(community(ProgrammeStage.RESERVED, null, List.of(), List.of(), 0, 0), DEADLINE, late)
                .level()).isEqualTo(Level.GREEN);
        assertThat(EarlyWarning.of(community(ProgrammeStage.RESERVED, 2026, List.of(), List.of(), 0, 0), null, late)
                .level()).isEqualTo(Level.GREEN);
    }

    @Test
    void lateMilestonesAreAmberAndRedWithOpenFindings() {
        LocalDate today = LocalDate.of(2026, 3, 1);
        var late = EarlyWarning.of(community(ProgrammeStage.UNDER_CONSTRUCTION, 2026, List.of("m1"), List.of(), 0, 0),
                DEADLINE, today);
        assertThat(late.causes()).containsExactly(new EarlyWarning.Cause(Reason.LATE_MILESTONES, Level.AMBER));
        var both = EarlyWarning.of(community(ProgrammeStage.UNDER_CONSTRUCTION, 2026, List.of("m1"), List.of("f1"), 0, 0),
                DEADLINE, today);
        assertThat(both.level()).isEqualTo(Level.RED);
        assertThat(both.causes()).containsExactly(new EarlyWarning.Cause(Reason.LATE_MILESTONES, Level.RED),
                new EarlyWarning.Cause(Reason.OPEN_FINDINGS, Level.AMBER));
    }

    @Test
    void fundingBelowHalfOfPlannedIsBehindOnlyOnceConstructionHasStarted() {
        LocalDate today = LocalDate.of(2026, 3, 1);
        assertThat(EarlyWarning.of(community(ProgrammeStage.UNDER_CONSTRUCTION, 2026, null, null, 1_000_001, 500_000),
                DEADLINE, today).causes()).containsExactly(new EarlyWarning.Cause(Reason.FUNDING_BEHIND, Level.AMBER));
        assertThat(EarlyWarning.of(community(ProgrammeStage.UNDER_CONSTRUCTION, 2026, null, null, 1_000_000, 500_000),
                DEADLINE, today).level()).isEqualTo(Level.GREEN);
        assertThat(EarlyWarning.of(community(ProgrammeStage.APPROVED, 2026, null, null, 1_000_000, 0),
                DEADLINE, today).level()).isEqualTo(Level.GREEN);
        assertThat(EarlyWarning.of(community(ProgrammeStage.ACCEPTED, 2026, null, null, 1_000_000, 0),
                DEADLINE, today).level()).isEqualTo(Level.AMBER);
    }

    @Test
    void fundingSumsThatWouldWrapAreRefusedNotWrapped() {
        assertThatThrownBy(() -> EarlyWarning.sum(Map.of("A", Long.MAX_VALUE, "B", 1L)))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void aPlaceIsRedFromAQuarterOfItsCommunitiesRedAndAmberFromAnyRedOrAQuarterAmber() {
        assertThat(EarlyWarning.ofPlace(8, 2, 0)).isEqualTo(Level.RED);
        assertThat(EarlyWarning.ofPlace(9, 2, 0)).isEqualTo(Level.AMBER);
        assertThat(EarlyWarning.ofPlace(9, 1, 0)).isEqualTo(Level.AMBER);
        assertThat(EarlyWarning.ofPlace(8, 0, 2)).isEqualTo(Level.AMBER);
        assertThat(EarlyWarning.ofPlace(9, 0, 2)).isEqualTo(Level.GREEN);
        assertThat(EarlyWarning.ofPlace(0, 0, 0)).isEqualTo(Level.GREEN);
    }
}
