package org.renewal.plan.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.media.Schema;
import org.renewal.plan.community.PlanCommunity;
import org.renewal.platform.dictionary.Labelled;

/** A plan as the API shows it: content with residents' choices beside each item, the funding gap, review. */
@Schema(name = "Plan", description = "A community plan (一小区一方案)")
record PlanView(
        @Schema(example = "3b0f6a52-8c1e-3f7a-9a55-1c2d3e4f5a6b") String id,
        @Schema(example = "e12f6fe5-84a2-30c0-936a-09c1b5a71e38") String communityId,
        @Schema(example = "北山小区") String communityName,
        @Schema(example = "220302") String districtCode,
        @Schema(example = "220302001") String streetCode,
        @Schema(example = "DRAFT") PlanStatus status,
        Labelled.Label statusLabel,
        List<LineView> items,
        List<PlanContent.Source> funding,
        @Schema(description = "Cost estimate in fen (分), the sum of the item costs", example = "98765400") long totalCost,
        @Schema(description = "Planned funding in fen", example = "98765400") long funded,
        @Schema(description = "Cost not yet covered by planned funding, fen (negative: over-funded)", example = "0")
        long fundingGap,
        @Schema(description = "Questionnaire respondents of the community", example = "41") Integer respondents,
        @Schema(description = "Number of submitted revisions", example = "1") int revisions,
        List<Opinion> opinions,
        Preparation preparation,
        String createdBy, Instant createdAt, Instant updatedAt, String approvedBy, Instant approvedAt,
        @Schema(description = "Version, also sent as ETag", example = "0") long version) {

    @Schema(name = "PlanLine")
    record LineView(@Schema(example = "ROOF_WATERPROOFING@all") String lineId,
                    @Schema(example = "ROOF_WATERPROOFING") String code,
                    @Schema(example = "屋面防水") String labelZh,
                    @Schema(example = "m2") String unit,
                    @Schema(example = "1250.50") BigDecimal quantity,
                    @Schema(description = "Unit cost in fen", example = "8000") long unitCost,
                    @Schema(description = "quantity × unit cost, rounded half-up to the fen", example = "10004000") long cost,
                    List<String> buildings,
                    List<PlanContent.Entrance> entrances,
                    LocalDate plannedStart, LocalDate plannedFinish,
                    @Schema(description = "For ELEVATOR_RETROFIT: the records behind the four pilot conditions; "
                            + "null for other items") ElevatorPilotView elevatorPilot,
                    @Schema(description = "Households that chose this item in the questionnaire", example = "52")
                    int residentsWanting) {
    }

    @Schema(name = "ElevatorPilot", description = "加装电梯试点条件 (seed 四(三)1) and the record behind each: "
            + "居民协商同意 the owners' vote of the entrance, 房屋安全检测达标 the inspection report, 建设条件允许 the "
            + "assessment, 建设资金落实 the plan's own funding covering its whole cost")
    record ElevatorPilotView(
            @Schema(description = "The passed ELEVATOR_RETROFIT owners' vote of this entrance (居民协商同意)")
            String ownersVoteId,
            @Schema(description = "Safety inspection report number (房屋安全检测报告编号)", example = "铁西房检〔2027〕015号")
            String safetyReportNumber,
            @Schema(description = "Date of the safety inspection report", example = "2027-02-10")
            LocalDate safetyInspectedOn,
            @Schema(description = "Reference of the building-conditions assessment (建设条件评估)",
                    example = "铁西住建评〔2027〕008号") String conditionsAssessmentReference,
            @Schema(description = "Date of that assessment", example = "2027-02-20") LocalDate conditionsAssessedOn,
            @Schema(description = "建设资金落实: whether the plan's funding covers its whole cost, this line "
                    + "included (required at submission)") boolean fundsInPlace) {

        static ElevatorPilotView of(PlanContent.ElevatorPilot p, PlanContent content) {
            return p == null ? null : new ElevatorPilotView(p.ownersVoteId(), p.safetyReportNumber(),
                    p.safetyInspectedOn(), p.conditionsAssessmentReference(), p.conditionsAssessedOn(),
                    content.funded() == content.totalCost());
        }
    }

    static PlanView of(Plan p, PlanCommunity community) {
        Map<String, Integer> wanted = community == null || community.tally() == null ? Map.of()
                : community.tally().items().stream().collect(Collectors.toMap(PlanCommunity.ItemCount::code,
                        PlanCommunity.ItemCount::households, (a, b) -> a));
        PlanContent c = p.content();
        return new PlanView(p.getId(), p.communityId(), p.communityName(), p.districtCode(), p.streetCode(), p.status(),
                p.status().label(),
                c.items().stream().map(l -> new LineView(l.lineId(), l.code(), l.labelZh(), l.unit(), l.quantity(),
                        l.unitCost(), l.cost(), l.buildings(), l.entrances(), l.plannedStart(), l.plannedFinish(),
                        ElevatorPilotView.of(l.elevatorPilot(), c), wanted.getOrDefault(l.code(), 0))).toList(),
                c.funding(), c.totalCost(), c.funded(), c.totalCost() - c.funded(),
                community == null || community.tally() == null ? null : community.tally().respondents(),
                p.revisions() == null ? 0 : p.revisions().size(), p.opinions(), p.preparation(), p.createdBy(),
                p.createdAt(), p.updatedAt(), p.approvedBy(), p.approvedAt(),
                p.getVersion() == null ? 0 : p.getVersion());
    }
}
