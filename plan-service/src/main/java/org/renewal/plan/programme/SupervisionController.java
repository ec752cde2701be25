package org.renewal.plan.programme;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotNull;
import org.renewal.platform.dictionary.Labelled;
import org.renewal.platform.security.Caller;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/plan/programme")
@Tag(name = "Programme 督导考核", description = "The programme as a whole: stages, targets, batches, timelines")
class SupervisionController {

    private final Supervision supervision;

    SupervisionController(Supervision supervision) {
        this.supervision = supervision;
    }

    @Schema(name = "Overdue", description = "Something late and whose duty it is")
    record Overdue(String communityId, String name, @Schema(example = "LATE_MILESTONES") String what,
                   @Schema(example = "2") int count,
                   @Schema(description = "Who must act: the contractor, the housing bureau, the district office",
                           example = "CONTRACTOR") String responsible) {
    }

    @Schema(name = "Ranking", description = "Progress of a street (or district): the mean stage of its communities "
            + "as a percentage of the last stage")
    record Ranking(@Schema(example = "1") int rank, @Schema(example = "220302001") String code,
                   @Schema(example = "12") int communities, @Schema(example = "63.89") BigDecimal progress,
                   @Schema(example = "4") int handedOver,
                   @Schema(description = "Its communities with a red early warning", example = "1") int red,
                   @Schema(description = "Its communities with an amber early warning", example = "3") int amber,
                   @Schema(description = "The place's level: RED when a quarter or more of its communities are red, "
                           + "AMBER when any is red or a quarter or more are amber, else GREEN", example = "AMBER")
                   @NotNull EarlyWarning.Level warning, @NotNull Labelled.Label warningLabel) {
    }

    @GetMapping("/overdue")
    @Operation(summary = "What is late and whose duty it is (逾期事项)", description = "Late milestones (the "
            + "contractor), open inspection findings (the responsible unit via the housing bureau), and batch "
            + "communities not accepted by the year's deadline (the district office).")
    List<Overdue> overdue(Caller caller, @Parameter(example = "2026") @RequestParam(required = false) Integer year) {
        return supervision.overdue(caller, year, Supervision.today()).stream()
                .map(o -> new Overdue(o.communityId(), o.name(), o.what(), o.count(), o.responsible())).toList();
    }

    @GetMapping("/rankings")
    @Operation(summary = "Ranking of streets, or of districts (排名通报)", description = "by=street (default) or "
            + "by=district; progress = mean stage of the communities as a percentage of long-term management, "
            + "ties by communities handed over.")
    List<Ranking> rankings(Caller caller, @Parameter(example = "street") @RequestParam(defaultValue = "street") String by,
                           @Parameter(example = "2026") @RequestParam(required = false) Integer year) {
        return supervision.rankings(caller, "district".equals(by), year).stream()
                .map(r -> new Ranking(r.rank(), r.code(), r.communities(), r.progress(), r.handedOver(), r.red(),
                        r.amber(), r.warning(), r.warning().label())).toList();
    }

    @GetMapping("/returns.xlsx")
    @Operation(summary = "The statistical return (统计报表) as .xlsx", description = "Generated from the data, never "
            + "typed twice: basic information per community (基本情况), the annual plan against its batch (年度计划), "
            + "progress per stage (进度), results (成果: acceptance, handover, long-term management, residents' "
            + "satisfaction) and funding per channel (资金, in fen).")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "The statistical return workbook (attachment)",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")))
    void returns(Caller caller, @Parameter(example = "2026") @RequestParam int year, HttpServletResponse response) throws IOException {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("returns-" + year + ".xlsx").build().toString());
        try (OutputStream out = response.getOutputStream()) {
            supervision.writeReturn(caller, year, out);
        }
    }
}
