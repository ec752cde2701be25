package org.renewal.plan.community;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A registered community as plan-service shows it. */
@Schema(name = "PlanCommunity", description = "A registered community as known to plan-service (from survey events)")
record CommunityView(
        @Schema(example = "c2f1a7e4-3b2d-4c55-9a10-6f0d2b8e1c01") String id,
        @Schema(example = "北山小区") String name,
        @Schema(example = "220302") String districtCode,
        @Schema(example = "220302001") String streetCode,
        @Schema(example = "1994") int buildYear,
        @Schema(description = "Buildings (楼栋数)", example = "2") int buildingCount,
        @Schema(description = "Households (户数)", example = "84") int households,
        @Schema(description = "Floor area in m² (建筑面积)", example = "5600.50") BigDecimal floorArea,
        List<PlanCommunity.BuildingFacts> buildings,
        @Schema(description = "RESERVED while in survey's reserve library (plans only then)", example = "RESERVED")
        String reserveStatus,
        @Schema(description = "Eligibility outcome from survey", example = "PRIORITY") String eligibility,
        @Schema(description = "Urgency score from survey", example = "40.37") BigDecimal urgencyScore,
        @Schema(description = "Residents' questionnaire tallies from survey") PlanCommunity.Tally tally,
        @Schema(description = "When survey-service registered it") Instant registeredAt,
        @Schema(description = "Newest survey event version applied", example = "1") long sourceVersion,
        @Schema(description = "Household rolls (户册) received from survey, per building — the electorate of owners' "
                + "votes. Only when reading one community.") List<RollSummary> rolls) {

    /** A building's household roll as plan-service has it. */
    @Schema(name = "PlanHouseholdRollSummary")
    record RollSummary(@Schema(example = "1") String buildingNumber, @Schema(example = "48") int households,
                       @Schema(description = "Survey event version it came with", example = "7") long sourceVersion) {
    }

    static CommunityView of(PlanCommunity c) {
        return of(c, null);
    }

    static CommunityView of(PlanCommunity c, List<HouseholdRoll> rolls) {
        return new CommunityView(c.id(), c.name(), c.districtCode(), c.streetCode(), c.buildYear(),
                c.buildingCount(), c.households(), c.floorArea(), c.buildings() == null ? List.of() : c.buildings(),
                c.reserveStatus() == null ? "NOT_RESERVED" : c.reserveStatus(), c.eligibility(), c.urgencyScore(),
                c.tally(), c.registeredAt(), c.sourceVersion(), rolls == null ? null : rolls.stream()
                        .map(r -> new RollSummary(r.buildingNumber(), r.households() == null ? 0 : r.households().size(),
                                r.sourceVersion()))
                        .sorted(java.util.Comparator.comparing(RollSummary::buildingNumber)).toList());
    }
}
