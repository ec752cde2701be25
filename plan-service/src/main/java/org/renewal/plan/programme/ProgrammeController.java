package org.renewal.plan.programme;

import org.renewal.platform.web.Paging;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.renewal.platform.dictionary.Dictionary;
import org.renewal.platform.dictionary.Labelled;
import org.renewal.platform.security.Caller;
import org.renewal.platform.web.ApiException;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.renewal.platform.web.SortBy;

@RestController
@RequestMapping("/api/plan/programme")
@Tag(name = "Programme 督导考核", description = "The programme as a whole: stages, targets, batches, timelines")
class ProgrammeController {

    private final ProgrammeService programmes;
    private final ProgrammeFigures figures;

    ProgrammeController(ProgrammeService programmes, ProgrammeFigures figures) {
        this.programmes = programmes;
        this.figures = figures;
    }

    @Schema(name = "AnnualProgramme", description = "A programme year (年度计划): targets, deadline, the by-proportion "
            + "cap and the batch chosen, with every reserved community left out and why")
    record ProgrammeYear(@Schema(example = "220302-2026") String id,
                         @Schema(description = "Changes with every save") Long version,
                         @Schema(example = "220302") String districtCode, @Schema(example = "2026") int year,
                         AnnualProgramme.Targets targets, @Schema(example = "2027-07-31") LocalDate deadline,
                         @Schema(description = "At most this percentage of the batch may be by-proportion (post-2000) "
                                 + "communities", example = "20") int byProportionCapPercent,
                         List<String> batch, List<AnnualProgramme.Skip> skipped, String createdBy, Instant updatedAt) {

        static ProgrammeYear of(AnnualProgramme p) {
            return new ProgrammeYear(p.id(), p.version(), p.districtCode(), p.year(), p.targets(), p.deadline(),
                    p.byProportionCapPercent(), p.batch(), p.skipped(), p.createdBy(), p.updatedAt());
        }
    }

    @Schema(name = "TimelineEntry", description = "One event in a community's story")
    record TimelineItem(@Schema(example = "cb4b5b57-015b-452d-8a11-1ffe578236ff") String eventId,
                        @Schema(example = "e12f6fe5-84a2-30c0-936a-09c1b5a71e38") String communityId,
                        @Schema(example = "survey.CommunityReserved") String type, Instant occurredAt,
                        @Schema(description = "Order among the events of one aggregate written together", example = "3")
                        long sequence,
                        @Schema(description = "The request or flow that caused it") String correlationId,
                        @Schema(description = "Shown to residents (published parts of the story)") boolean published) {

        static TimelineItem of(TimelineEntry e) {
            return new TimelineItem(e.eventId(), e.communityId(), e.type(), e.occurredAt(), e.sequence(),
                    e.correlationId(), e.published());
        }
    }

    @Schema(name = "ProgrammeInput", description = "A programme year (年度计划) of your district")
    record ProgrammeInput(@NotNull @Valid AnnualProgramme.Targets targets,
                          @Schema(example = "2027-07-31") @NotNull LocalDate deadline,
                          @Schema(example = "20") @NotNull @Min(0) @Max(100) Integer byProportionCapPercent) {
    }

    @Schema(name = "StageFigures", description = "Communities at or beyond a stage, in the four units")
    record StageFigures(ProgrammeStage stage, Labelled.Label label, int communities, int buildings, int households,
                        BigDecimal floorArea) {
    }

    @Schema(name = "ProgrammeOverview")
    record Overview(@Schema(example = "220302") String districtCode,
                    @Schema(description = "The street shown (a street office's own, or the one asked for)",
                            example = "220302001") String streetCode,
                    Integer year,
                    @Schema(description = "The yardstick for this place and year: a district's programme targets, a "
                            + "street's share of its district's batch, or the city's sum of its districts' targets")
                    AnnualProgramme.Targets targets,
                    @Schema(description = "What the targets are: DISTRICT_PROGRAMME (the district's 年度计划), "
                            + "STREET_BATCH (the street's communities in its district's batch), CITY_SUM (the sum of "
                            + "every district's targets for the year); null without targets",
                            example = "DISTRICT_PROGRAMME") TargetBasis targetBasis,
                    @Schema(description = "The year's deadline; for the city, the latest of its districts'")
                    LocalDate deadline, List<StageFigures> stages,
                    @Schema(description = "Communities with late milestones") int withLateMilestones,
                    @Schema(description = "Open inspection findings") int openFindings,
                    List<ProgrammeSums.ChannelFigures> funding, ProgrammeSums.SatisfactionFigures satisfaction,
                    @Schema(description = "Cumulative acceptances by date (burn-up against the targets)")
                    List<ProgrammeSums.CompletionPoint> completions) {
    }

    @Schema(name = "ProgrammeCommunitySummary", description = "One community of the programme: where it is and how far "
            + "it has come")
    record CommunitySummary(String id, String name, String districtCode, String streetCode, Integer buildYear,
                            int buildings, int households, BigDecimal floorArea, BigDecimal latitude,
                            BigDecimal longitude, ProgrammeStage stage, Labelled.Label stageLabel, Integer batchYear,
                            int lateMilestones, int openFindings, BigDecimal satisfaction,
                            @Schema(description = "Its renovation plan (GET /api/plan/plans/{planId}: items and "
                                    + "costs); null before a plan is drafted",
                                    example = "3b0f6a52-8c1e-3f7a-9a55-1c2d3e4f5a6b") String planId,
                            @Schema(description = "Funding planned for it, all channels, in fen", example = "4200000000")
                            long fundingPlanned,
                            @Schema(description = "Funding received (到位), all channels, in fen", example = "3150000000")
                            long fundingReceived,
                            @Schema(description = "Early warning (预警): RED act now, AMBER watch, GREEN on track",
                                    example = "AMBER") @NotNull EarlyWarning.Level warning,
                            @NotNull Labelled.Label warningLabel,
                            @Schema(description = "Every reason it is not green, worst first; the rules are in "
                                    + "docs/programme.md (early warning)") @NotNull List<Warning> warnings) {

        static CommunitySummary of(ProgrammeCommunity c, EarlyWarning.Signal signal) {
            return new CommunitySummary(c.id(), c.name(), c.districtCode(), c.streetCode(), c.buildYear(),
                    c.buildingCount(), c.householdCount(), c.floorArea(), c.latitude(), c.longitude(), c.stage(),
                    c.stage().label(), c.batchYear(), c.lateItems() == null ? 0 : c.lateItems().size(),
                    c.openFindings() == null ? 0 : c.openFindings().size(), c.satisfaction(), c.planId(),
                    EarlyWarning.sum(c.fundingPlanned()), EarlyWarning.sum(c.fundingReceived()), signal.level(),
                    signal.level().label(), signal.causes().stream().map(Warning::of).toList());
        }
    }

    @Schema(name = "ProgrammeWarning", description = "One reason for an early warning and the level it gives")
    record Warning(@Schema(example = "FUNDING_BEHIND") @NotNull EarlyWarning.Reason reason,
                   @Schema(example = "AMBER") @NotNull EarlyWarning.Level level, @NotNull Labelled.Label label) {

        static Warning of(EarlyWarning.Cause cause) {
            return new Warning(cause.reason(), cause.level(), cause.reason().label());
        }
    }

    @PutMapping("/years/{year}")
    @Operation(summary = "Set a programme year (年度计划)", description = "District office: targets in the four units, "
            + "deadline, and the cap on by-proportion (post-2000) communities in the batch.")
    ProgrammeYear setYear(Caller caller, @PathVariable @Min(2000) @Max(2100) int year, @Valid @RequestBody ProgrammeInput r) {
        return ProgrammeYear.of(programmes.setYear(caller, year, r.targets(), r.deadline(),
                r.byProportionCapPercent()));
    }

    @PostMapping("/years/{year}/batch")
    @Operation(summary = "Choose the year's batch from the reserve (选定年度改造批次)", description = "Reserved "
            + "communities of your district in urgency order until the communities target is met; the reason for "
            + "every skip is recorded: IN_ANOTHER_BATCH, BY_PROPORTION_CAP (the share of post-2000 communities would "
            + "exceed the cap), TARGET_REACHED. Chosen again, the batch is rebuilt (communities stay in it).")
    ProgrammeYear chooseBatch(Caller caller, @PathVariable int year) {
        return ProgrammeYear.of(programmes.chooseBatch(caller, year));
    }

    @GetMapping("/years")
    @Operation(summary = "The programme years of your district, newest first")
    List<ProgrammeYear> years(Caller caller, @Parameter(description = "For city-wide callers", example = "220302")
                              @RequestParam(required = false) @Pattern(regexp = "\\d{6}") String districtCode) {
        String district = caller.districtCode() != null ? caller.districtCode() : districtCode;
        return programmes.years(district).stream().map(ProgrammeYear::of).toList();
    }

    @GetMapping("/years/{year}")
    @Operation(summary = "A programme year of your district")
    ProgrammeYear year(Caller caller, @PathVariable int year,
                         @Parameter(description = "For city-wide callers", example = "220302") @RequestParam(required = false)
                         @Pattern(regexp = "\\d{6}") String districtCode) {
        String district = caller.districtCode() != null ? caller.districtCode() : districtCode;
        return programmes.find(district, year).map(ProgrammeYear::of)
                .orElseThrow(() -> ApiException.notFound("PROGRAMME_NOT_FOUND", year, district));
    }

    @GetMapping("/overview")
    @Operation(summary = "Live progress per stage in the four units (进度总览)", description = "Communities at or "
            + "beyond each stage — registered → eligible → reserved → planned → approved → under construction → "
            + "accepted → evaluated → handed over → long-term management — as counts, buildings, households and m²; "
            + "with a year, only that year's batch and against the place's own yardstick (targetBasis): a district's "
            + "programme targets, a street's share of its district's batch (a street office always sees its own "
            + "street), the city's sum of its districts' targets. Kept from every service's events.")
    Overview overview(Caller caller, @Parameter(description = "Programme year (batch only)", example = "2026")
                      @RequestParam(required = false) Integer year,
                      @Parameter(description = "For city-wide callers", example = "220302") @RequestParam(required = false)
                      @Pattern(regexp = "\\d{6}") String districtCode,
                      @Parameter(description = "One street of your place", example = "220302001")
                      @RequestParam(required = false) @Pattern(regexp = "\\d{9}") String streetCode) {
        String street = caller.streetCode() != null ? caller.streetCode() : streetCode;
        String district = caller.districtCode() != null ? caller.districtCode()
                : districtCode != null ? districtCode : street == null ? null : street.substring(0, 6);
        List<ProgrammeFigures.Cell> cells = figures.cells(cell -> sees(caller, cell)
                && (district == null || district.equals(cell.district))
                && (street == null || street.equals(cell.street))
                && (year == null || year.equals(cell.year)));
        ProgrammeService.Yardstick yardstick = year == null ? ProgrammeService.Yardstick.NONE
                : programmes.yardstick(district, street, year, cells);
        List<StageFigures> stages = new ArrayList<>();
        for (ProgrammeStage s : ProgrammeStage.values()) {
            long[] x = new long[3];
            BigDecimal area = BigDecimal.ZERO;
            for (ProgrammeFigures.Cell cell : cells) {
                for (int i = 0; i < 3; i++) {
                    x[i] = Math.addExact(x[i], cell.stages[s.ordinal()][i]);
                }
                area = area.add(cell.areas[s.ordinal()]);
            }
            stages.add(new StageFigures(s, s.label(), Math.toIntExact(x[0]), Math.toIntExact(x[1]),
                    Math.toIntExact(x[2]), area));
        }
        return new Overview(district, street, year, yardstick.targets(), yardstick.basis(), yardstick.deadline(), stages,
                Math.toIntExact(cells.stream().mapToLong(c -> c.withLateMilestones).reduce(0L, Math::addExact)),
                Math.toIntExact(cells.stream().mapToLong(c -> c.openFindings).reduce(0L, Math::addExact)),
                ProgrammeSums.funding(cells), ProgrammeSums.satisfaction(cells), ProgrammeSums.completions(cells));
    }

    /** The caller's place: everything city-wide, a street its own, otherwise its district. */
    private static boolean sees(Caller caller, ProgrammeFigures.Cell cell) {
        if (caller.cityWide()) {
            return true;
        }
        if (caller.streetCode() != null) {
            return caller.streetCode().equals(cell.street);
        }
        return caller.districtCode() != null && caller.districtCode().equals(cell.district);
    }

    @SortBy({"name", "buildYear", "households", "floorArea", "stage"})
    @GetMapping("/communities")
    @Operation(summary = "Communities of the programme with their stage and place (for lists and maps)",
            description = "Filtered by year (batch), stage and street. Sort by name, buildYear, households, "
                    + "floorArea or stage (in programme order). Page size at most 200.")
    PagedModel<CommunitySummary> communities(Caller caller,
            @Parameter(description = "Programme year (batch only)", example = "2026") @RequestParam(required = false) Integer year,
            @Parameter(description = "Only this stage", example = "UNDER_CONSTRUCTION") @RequestParam(required = false) ProgrammeStage stage,
            @Parameter(example = "220302001") @RequestParam(required = false) @Pattern(regexp = "\\d{9}") String streetCode,
            @Parameter(description = "For city-wide callers", example = "220302") @RequestParam(required = false)
            @Pattern(regexp = "\\d{6}") String districtCode,
            @ParameterObject @PageableDefault(size = 20, sort = "name") Pageable pageable) {
        var page = programmes.communities(caller, year, stage, streetCode, districtCode, pageable);
        var deadlines = programmes.deadlines();
        return new PagedModel<>(page.map(c -> CommunitySummary.of(c, deadlines.signal(c))));
    }

    @GetMapping("/communities/{communityId}")
    @Operation(summary = "One community of the programme: stage, figures, funding and early warning (小区详情)",
            description = "What the community list shows for one community, for the console's community page.")
    CommunitySummary community(Caller caller, @PathVariable String communityId) {
        ProgrammeCommunity community = programmes.community(caller, communityId);
        return CommunitySummary.of(community, programmes.deadlines().signal(community));
    }

    @GetMapping("/communities/{communityId}/timeline")
    @Operation(summary = "A community's story, event by event (全过程记录)", description = "Every event about it from "
            + "survey to handover, in order, in pages. Residents of the community see the published parts.")
    PagedModel<TimelineItem> timeline(Caller caller, @PathVariable String communityId,
                                      @ParameterObject @PageableDefault(size = 20) Pageable pageable) {
        return new PagedModel<>(Paging.of(programmes.timeline(caller, communityId).stream().map(TimelineItem::of)
                .toList(), pageable));
    }

    @Bean
    static Dictionary programmeStages() {
        return Dictionary.of("programmeStages", "Stages of a community in the programme (改造阶段)", ProgrammeStage.class);
    }
}
