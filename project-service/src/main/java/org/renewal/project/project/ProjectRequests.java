package org.renewal.project.project;

import org.renewal.platform.rules.Fen;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** Request bodies of projects. */
final class ProjectRequests {

    private ProjectRequests() {
    }

    @Schema(name = "TenderRecord", description = "A tender (招投标) and the contract of its winning unit")
    record Tender(
            @Schema(description = "Role (dictionary unitRoles)", example = "CONTRACTOR") @NotNull UnitRole role,
            @Schema(description = "Method (dictionary tenderMethods)", example = "OPEN") @NotNull TenderMethod method,
            @Schema(example = "2027-03-28") @NotNull @PastOrPresent LocalDate tenderDate,
            @NotNull @Valid UnitInput unit,
            @Schema(description = "Contract amount in fen, at most 1,000,000,000,000 (¥10 billion)", example = "68500000")
            @NotNull @Positive @Max(Fen.MAX) Long contractAmount,
            @Schema(example = "TX-2027-SG-018") @NotBlank @Size(max = 60) String contractNo) {
    }

    @Schema(name = "UnitInput", description = "A participating unit (参建单位)")
    record UnitInput(
            @Schema(example = "吉林省某建筑工程有限公司") @NotBlank @Size(max = 100) String name,
            @Schema(description = "Unified social credit code, 18 characters with a valid GB 32100 check character",
                    example = "91220302MA0000000Q") @NotNull @Pattern(regexp = "[0-9A-Z]{18}") String creditCode,
            @Schema(example = "王工 13904345678") @Size(max = 100) String contact) {
    }

    @Schema(name = "ProjectStart", description = "Start of construction (开工)")
    record Start(@Schema(example = "2027-04-01") @NotNull LocalDate startedOn) {
    }

    @Schema(name = "ProgressReport", description = "Progress of one plan item, by a unit under contract")
    record Progress(
            @Schema(description = "Percent complete, 0–100; lower than before only with a reason", example = "60")
            @NotNull @Min(0) @Max(100) Integer percent,
            @Schema(example = "2027-04-03") LocalDate actualStart,
            @Schema(description = "At 100%: the finish date (default today)", example = "2027-06-25")
            LocalDate actualFinish,
            @Schema(example = "防水卷材铺设完成六成") @Size(max = 2000) String note,
            @Schema(description = "Photo references (file ids or URLs)", example = "[\"photos/2027/05/roof-01.jpg\"]")
            @Size(max = 20) List<@NotBlank @Size(max = 300) String> photos,
            @Schema(description = "Why progress went back, required then", example = "返工：局部渗漏")
            @Size(max = 1000) String reason) {
    }

    @Schema(name = "SupervisionRemark", description = "A resident's remark on the works (建设共管)")
    record RemarkInput(@Schema(example = "3号楼屋面防水卷材搭接不足") @NotBlank @Size(max = 2000) String text,
                       @Size(max = 20) List<@NotBlank @Size(max = 300) String> photos) {
    }

    @Schema(name = "RemarkAnswer")
    record AnswerInput(@Schema(example = "已安排返工，6月20日前完成") @NotBlank @Size(max = 2000) String text) {
    }

    @Schema(name = "InspectionFinding", description = "A quality or safety finding (质量安全检查)")
    record FindingInput(
            @Schema(example = "CRITICAL") @NotNull FindingSeverity severity,
            @Schema(example = "脚手架连墙件缺失") @NotBlank @Size(max = 2000) String description,
            @Schema(description = "The item line, if it concerns one", example = "ROOF_WATERPROOFING@all")
            @Size(max = 200) String lineId,
            @Schema(description = "The unit responsible", example = "CONTRACTOR") @NotNull UnitRole responsible,
            @Schema(description = "Rectification deadline", example = "2027-05-10") @NotNull LocalDate deadline) {
    }

    @Schema(name = "FindingClosure", description = "Rectification evidence (整改回复)")
    record ClosureInput(@Schema(example = "已补设连墙件并复查") @NotBlank @Size(max = 2000) String evidence,
                        @Size(max = 20) List<@NotBlank @Size(max = 300) String> photos) {
    }

    @Schema(name = "AcceptanceStart", description = "A joint completion acceptance (竣工验收)")
    record AcceptanceInput(@Schema(example = "2027-11-05") LocalDate date) {
    }

    @Schema(name = "AcceptanceSignature", description = "One party's verdict")
    record SignatureInput(@Schema(example = "true") @NotNull Boolean passed,
                          @Schema(example = "符合设计要求") @Size(max = 2000) String remarks,
                          @Schema(description = "Required when failing: what must be fixed", example = "[\"2号楼雨水管脱落\"]")
                          @Size(max = 100) List<@NotBlank @Size(max = 500) String> punchItems) {
    }

    @Schema(name = "ProjectEvaluationInput", description = "Scores 0–100 per criterion (综合考评). Resident "
            + "satisfaction is taken from the residents' published evaluation (效果共评, governance-service): leave "
            + "satisfaction out to confirm it; a different figure is an override and needs its reason")
    record EvaluationInput(@Schema(example = "92") @NotNull @Min(0) @Max(100) Integer quality,
                           @Schema(example = "85") @NotNull @Min(0) @Max(100) Integer schedule,
                           @Schema(description = "Only to override the residents' result (published average × 20, "
                                   + "rounded half-up); omit to confirm it", example = "90") @Min(0) @Max(100)
                           Integer satisfaction,
                           @Schema(description = "Required when satisfaction overrides the residents' result",
                                   example = "抽样问卷覆盖不足，按入户复核结果") @Size(max = 500)
                           String satisfactionOverrideReason,
                           @Schema(description = "Cost control", example = "88") @NotNull @Min(0) @Max(100) Integer cost,
                           @Schema(example = "改造效果良好") @Size(max = 2000) String remarks) {
    }

    @Schema(name = "HandoverInput", description = "Handover to the street and community (移交)")
    record HandoverInput(@Schema(example = "2027-12-01") @NotNull LocalDate handedOverOn,
                         @Schema(example = "移交街道、社区日常维护；维修资金账户已建立") @Size(max = 2000) String note) {
    }
}
