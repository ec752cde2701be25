package org.renewal.plan.plan;

import org.renewal.platform.rules.Fen;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.renewal.contracts.funding.FundingChannel;
import org.renewal.contracts.funding.UtilityKind;

/** What a plan says, as stored in the plan and frozen in each revision. */
record PlanContent(List<Line> items, List<Source> funding, long totalCost) {

    /**
     * One item line. {@code lineId} is the code and the scope ({@code ROOF_WATERPROOFING@all},
     * {@code ROOF_WATERPROOFING@1,2}, {@code ELEVATOR_RETROFIT@1-2}), stable across revisions so opinions
     * and differences can name it.
     */
    record Line(String lineId, String code, String labelZh, String unit, BigDecimal quantity, long unitCost, long cost,
                List<String> buildings, List<Entrance> entrances, LocalDate plannedStart, LocalDate plannedFinish,
                ElevatorPilot elevatorPilot) {
    }

    /** A building entrance (单元). */
    record Entrance(String building, String entrance) {
    }

    /**
     * The records behind the four conditions of the elevator pilot (seed 四(三)1): the owners' vote of the entrance
     * (居民协商同意), the safety inspection report (房屋安全检测达标) and the building-conditions assessment
     * (建设条件允许); the fourth, the money (建设资金落实), is the plan's own funding, checked at submission.
     */
    record ElevatorPilot(String ownersVoteId, String safetyReportNumber, LocalDate safetyInspectedOn,
                         String conditionsAssessmentReference, LocalDate conditionsAssessedOn) {
    }

    /** A planned funding source in fen. */
    record Source(FundingChannel channel, String payer, UtilityKind utility, long amount) {
    }

    long funded() {
        return Fen.sum("funding", funding.stream().mapToLong(Source::amount));
    }

    static PlanContent empty() {
        return new PlanContent(List.of(), List.of(), 0);
    }
}
