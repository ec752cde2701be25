package org.renewal.plan.plan;

import org.renewal.platform.rules.Fen;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.renewal.contracts.funding.FundingChannel;
import org.renewal.contracts.funding.UtilityKind;

/** Request bodies of plans. */
final class PlanRequests {

    private PlanRequests() {
    }

    @Schema(name = "StartPlan", description = "Start the plan of a community in the reserve library")
    record Start(@Schema(example = "e12f6fe5-84a2-30c0-936a-09c1b5a71e38") @NotBlank @Size(max = 64)
                 String communityId) {
    }

    @Schema(name = "PlanContent", description = "The whole content of a plan: items and planned funding. Costs are "
            + "computed from the menu's unit costs; the funding must add up to the cost before submission.")
    record Content(
            @Schema(description = "Plan items (改造内容)") @NotNull @Size(max = 500) List<@Valid @NotNull ItemInput> items,
            @Schema(description = "Planned funding sources (资金来源)") @NotNull @Size(max = 100)
            List<@Valid @NotNull SourceInput> funding) {
    }

    @Schema(name = "PlanItemInput", description = "A menu item for a scope: the whole community (no buildings, no "
            + "entrances), listed buildings, or — for ELEVATOR_RETROFIT, always — exactly one entrance")
    record ItemInput(
            @Schema(description = "Menu item code", example = "ROOF_WATERPROOFING") @NotBlank @Size(max = 60) String code,
            @Schema(description = "Quantity in the item's unit, at most two decimals", example = "1250.50")
            @NotNull @Positive @Digits(integer = 9, fraction = 2) BigDecimal quantity,
            @Schema(description = "Buildings (楼号); empty for the whole community", example = "[\"1\", \"2\"]")
            @Size(max = 1000) List<@NotBlank String> buildings,
            @Schema(description = "Entrances (单元), for ELEVATOR_RETROFIT exactly one")
            @Size(max = 1) List<@Valid @NotNull EntranceInput> entrances,
            @Schema(description = "Planned start", example = "2027-04-01") @NotNull LocalDate plannedStart,
            @Schema(description = "Planned finish, not before the start", example = "2027-06-30") @NotNull
            LocalDate plannedFinish,
            @Schema(description = "For ELEVATOR_RETROFIT (required; not allowed for other items): the records behind "
                    + "the pilot conditions") @Valid ElevatorPilotInput elevatorPilot) {
    }

    @Schema(name = "EntranceInput")
    record EntranceInput(@Schema(example = "1") @NotBlank @Size(max = 20) String building,
                         @Schema(example = "2") @NotBlank @Size(max = 20) String entrance) {
    }

    @Schema(name = "ElevatorPilotInput", description = "加装电梯试点条件 (seed 四(三)1): the record behind each "
            + "condition, never a flag. 居民协商同意 is the passed owners' vote of this entrance; 房屋安全检测达标 the "
            + "safety inspection report; 建设条件允许 the building-conditions assessment; 建设资金落实 is the plan's "
            + "own funding, which must cover the whole cost when the plan is submitted")
    record ElevatorPilotInput(
            @Schema(description = "Id of the owners' vote (matter ELEVATOR_RETROFIT) of this building and entrance, "
                    + "closed and passed (Civil Code art. 278: ≥ 3/4 of the participating area and owners)",
                    example = "0b7c5e1a-6f1e-4c1e-9a55-2d0b7d1c9e42") @NotBlank @Size(max = 64) String ownersVoteId,
            @Schema(description = "Safety inspection report number (房屋安全检测报告编号)", example = "铁西房检〔2027〕015号")
            @NotBlank @Size(max = 60) String safetyReportNumber,
            @Schema(description = "Date of the safety inspection report, not in the future", example = "2027-02-10")
            @NotNull LocalDate safetyInspectedOn,
            @Schema(description = "Reference of the building-conditions assessment (建设条件评估: structure, "
                    + "pipelines, fire access, daylight)", example = "铁西住建评〔2027〕008号") @NotBlank @Size(max = 60)
            String conditionsAssessmentReference,
            @Schema(description = "Date of that assessment, not in the future", example = "2027-02-20") @NotNull
            LocalDate conditionsAssessedOn) {
    }

    @Schema(name = "FundingSourceInput", description = "A planned source (谁受益、谁出资)")
    record SourceInput(
            @Schema(description = "Channel (dictionary fundingChannels)", example = "GOVERNMENT_DISTRICT") @NotNull
            FundingChannel channel,
            @Schema(description = "Payer: required for original unit, utility operator and social capital",
                    example = "四平市供水公司") @Size(max = 100) String payer,
            @Schema(description = "For UTILITY_OPERATOR: which network", example = "WATER") UtilityKind utility,
            @Schema(description = "Amount in fen (分), at most 1,000,000,000,000 (¥10 billion); all sources together "
                    + "within the same bound", example = "12500000") @NotNull @Positive @Max(Fen.MAX) Long amount) {
    }

    @Schema(name = "PlanReturn", description = "Opinions returned with a plan (审核意见)")
    record Return(@NotEmpty @Size(max = 100) List<@Valid @NotNull OpinionInput> opinions) {
    }

    @Schema(name = "OpinionInput")
    record OpinionInput(
            @Schema(description = "The item line it is about; empty for the whole plan",
                    example = "ROOF_WATERPROOFING@all") @Size(max = 200) String lineId,
            @Schema(example = "屋面防水面积与测绘不符，请核实") @NotBlank @Size(max = 2000) String text) {
    }

    @Schema(name = "PlanPreparation", description = "After approval: feasibility study (可研), project approval (立项), "
            + "tender preparation (招标准备)")
    record PreparationInput(
            @Schema(example = "四发改可研〔2027〕12号") @Size(max = 100) String feasibilityStudyNo,
            @Schema(example = "2027-02-10") LocalDate feasibilityApprovedOn,
            @Schema(example = "四发改审批〔2027〕31号") @Size(max = 100) String projectApprovalNo,
            @Schema(example = "2027-03-01") LocalDate projectApprovedOn,
            @Schema(example = "2027-03-20") LocalDate tenderPreparedOn,
            @Schema(example = "招标文件已编制") @Size(max = 1000) String note) {
    }
}
