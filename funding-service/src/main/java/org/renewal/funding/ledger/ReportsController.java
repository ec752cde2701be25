package org.renewal.funding.ledger;

import java.io.IOException;
import org.renewal.platform.security.Caller;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Pattern;
import org.renewal.platform.export.SafeCells;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Funding 资金筹措", description = "Whoever benefits, contributes (谁受益、谁出资)")
class ReportsController {

    private final FundingService funding;

    ReportsController(FundingService funding) {
        this.funding = funding;
    }

    @Schema(name = "ChannelTotals", description = "Programme totals of one channel in one year (fen)")
    record ChannelTotals(@Schema(example = "2027") int year, @Schema(example = "GOVERNMENT_DISTRICT") String channel,
                         @Schema(example = "80000000") long pledged, @Schema(example = "50000000") long received,
                         @Schema(example = "1000000") long refunded) {
    }

    @GetMapping("/api/funding/totals")
    @Operation(summary = "Programme totals per channel and year (资金汇总)", description = "Pledged, received and refunded "
            + "by value-date year, over the funding plans you may see; reversals net out.")
    List<ChannelTotals> totals(Caller caller, @Parameter(description = "District code") @RequestParam(required = false)
                               @Pattern(regexp = "\\d{6}") String districtCode) {
        Map<String, long[]> sums = new TreeMap<>();
        for (FundingPlan plan : funding.list(caller, districtCode)) {
            for (LedgerParts.Entry e : plan.entries()) {
                LedgerParts.Entry effective = e;
                int sign = 1;
                if (e.kind() == LedgerParts.Kind.REVERSAL) {
                    effective = plan.entries().stream().filter(o -> o.id().equals(e.reverses())).findFirst().orElse(e);
                    sign = -1;
                }
                if (effective.sourceKey() == null) {
                    continue;
                }
                String channel = plan.source(effective.sourceKey()).channel().name();
                long[] s = sums.computeIfAbsent(e.date().getYear() + "|" + channel, k -> new long[3]);
                switch (effective.kind()) {
                    case PLEDGE -> s[0] = Math.addExact(s[0], sign * effective.amount());
                    case RECEIPT -> s[1] = Math.addExact(s[1], sign * effective.amount());
                    case REFUND -> s[2] = Math.addExact(s[2], sign * effective.amount());
                    default -> {
                    }
                }
            }
        }
        List<ChannelTotals> totals = new ArrayList<>();
        sums.forEach((key, s) -> {
            String[] parts = key.split("\\|");
            totals.add(new ChannelTotals(Integer.parseInt(parts[0]), parts[1], s[0], s[1], s[2]));
        });
        return totals;
    }

    @GetMapping("/api/funding/funding-plans/{id}/statement.xlsx")
    @Operation(summary = "The statement as .xlsx (资金台账导出)", description = "Sheet 1: sources; sheet 2: the ledger "
            + "entries with their lines; amounts in fen.")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "The statement workbook (attachment)",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")))
    void statement(Caller caller, @PathVariable String id, HttpServletResponse response) throws IOException {
        FundingView view = FundingView.of(caller, funding.get(caller, id), null);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("funding-" + id + ".xlsx").build().toString());
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sources = workbook.createSheet("资金来源 sources");
            row(sources, 0, "来源 source", "渠道 channel", "出资方 payer", "计划 planned", "认缴 pledged", "到账 received",
                    "退款 refunded", "未到账 outstanding", "应到账日期 due");
            int r = 1;
            for (FundingView.SourceView s : view.sources()) {
                row(sources, r++, s.key(), s.channel(), s.payer(), s.planned(), s.pledged(), s.received(), s.refunded(),
                        s.outstanding(), s.dueDate() == null ? "" : s.dueDate().toString());
            }
            Sheet ledger = workbook.createSheet("分录 ledger");
            row(ledger, 0, "分录 entry", "类型 kind", "日期 date", "科目 account", "借 debit", "贷 credit", "摘要 memo",
                    "冲销 reverses");
            r = 1;
            for (LedgerParts.Entry e : view.entries()) {
                for (LedgerParts.Line l : e.lines()) {
                    row(ledger, r++, e.id(), e.kind().name(), e.date().toString(), l.account(), l.debit(), l.credit(),
                            e.memo() == null ? "" : e.memo(), e.reverses() == null ? "" : e.reverses());
                }
            }
            row(ledger, r, "合计 total", "", "", "", view.trialBalance().debits(), view.trialBalance().credits(), "", "");
            try (OutputStream out = response.getOutputStream()) {
                workbook.write(out);
            }
        }
    }

    private static void row(Sheet sheet, int index, Object... cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] instanceof Number n) {
                row.createCell(i).setCellValue(n.doubleValue());
            } else {
                row.createCell(i).setCellValue(SafeCells.text(String.valueOf(cells[i])));
            }
        }
    }
}
