package org.renewal.project.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.renewal.platform.dictionary.Labelled;
import org.renewal.project.stage.ProjectStage;

/** A project as the API shows it. */
@Schema(name = "Project", description = "A construction project built from an approved plan (改造项目)")
record ProjectView(
        @Schema(description = "Same as the plan's id", example = "9833a13c-cc8a-36af-a13d-16dec1b77172") String id,
        @Schema(example = "e12f6fe5-84a2-30c0-936a-09c1b5a71e38") String communityId,
        @Schema(example = "北山小区") String communityName,
        @Schema(example = "220302") String districtCode,
        @Schema(example = "220302001") String streetCode,
        @Schema(example = "UNDER_CONSTRUCTION") ProjectStage stage,
        Labelled.Label stageLabel,
        @Schema(description = "Approved cost in fen", example = "11180000") long totalCost,
        @Schema(description = "Cost-weighted percent complete", example = "62.50") BigDecimal overallPercent,
        List<String> buildings,
        @Schema(example = "58") int households,
        @Schema(example = "3770.50") BigDecimal floorArea,
        List<ItemView> items,
        List<ProjectParts.ContractedUnit> units,
        @Schema(example = "2027-04-01") LocalDate startedOn,
        List<ProjectParts.Remark> remarks,
        List<ProjectParts.Finding> findings,
        @Schema(description = "Open critical findings: acceptance waits for them", example = "0") long openCriticalFindings,
        List<ProjectParts.Acceptance> acceptances,
        ProjectParts.Evaluation evaluation,
        ProjectParts.Handover handover,
        @Schema(description = "governance-service reported an owners' committee or self-governance group",
                example = "true") boolean governanceReady,
        Instant createdAt, Instant updatedAt,
        @Schema(example = "4") long version) {

    @Schema(name = "ProjectItem")
    record ItemView(@Schema(example = "ROOF_WATERPROOFING@all") String lineId,
                    @Schema(example = "屋面防水") String labelZh,
                    @Schema(example = "1180.00") BigDecimal quantity,
                    @Schema(example = "m2") String unit,
                    @Schema(example = "9440000") long cost,
                    List<String> buildings, List<String> entrances,
                    @Schema(example = "2027-04-01") LocalDate plannedStart,
                    @Schema(example = "2027-06-30") LocalDate plannedFinish,
                    @Schema(example = "60") int percent,
                    @Schema(example = "2027-04-03") LocalDate actualStart,
                    LocalDate actualFinish,
                    @Schema(description = "Late against the plan (announced as MilestoneLate)", example = "false")
                    boolean late,
                    List<ProjectParts.Report> reports) {
    }

    static ProjectView of(Project p, boolean governanceReady) {
        LocalDate today = ProjectService.today();
        return new ProjectView(p.getId(), p.communityId(), p.communityName(), p.districtCode(), p.streetCode(), p.stage(),
                p.stage().label(), p.totalCost(), p.overall(), p.buildings(), p.households(), p.floorArea(),
                p.items().stream().map(i -> new ItemView(i.lineId(), i.labelZh(), i.quantity(), i.unit(), i.cost(),
                        i.buildings(), i.entrances(), i.plannedStart(), i.plannedFinish(), i.percent(), i.actualStart(),
                        i.actualFinish(), i.lateAnnounced() || (p.startedOn() != null && i.lateOn(today)),
                        i.reports())).toList(),
                p.units(), p.startedOn(), p.remarks(), p.findings(),
                p.findings().stream().filter(f -> f.open() && f.severity() == FindingSeverity.CRITICAL).count(),
                p.acceptances(), p.evaluation(), p.handover(), governanceReady, p.createdAt(), p.updatedAt(),
                p.getVersion() == null ? 0 : p.getVersion());
    }
}
