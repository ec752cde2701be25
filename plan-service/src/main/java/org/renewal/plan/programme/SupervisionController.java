package org.renewal.plan.programme;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.renewal.platform.export.SafeCells;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.renewal.platform.security.Caller;
import org.renewal.platform.security.PlaceScope;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
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

    private final MongoTemplate mongo;

    SupervisionController(MongoTemplate mongo) {
        this.mongo = mongo;
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
                   @Schema(example = "4") int handedOver) {
    }

    @GetMapping("/overdue")
    @Operation(summary = "What is late and whose duty it is (逾期事项)", description = "Late milestones (the "
            + "contractor), open inspection findings (the responsible unit via the housing bureau), and batch "
            + "communities not accepted by the year's deadline (the district office).")
    List<Overdue> overdue(@Parameter(example = "2026") @RequestParam(required = false) Integer year) {
        List<Overdue> overdue = new ArrayList<>();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Map<Integer, LocalDate> deadlines = new LinkedHashMap<>();
        for (ProgrammeCommunity c : communities(year)) {
            if (c.lateItems() != null && !c.lateItems().isEmpty()) {
                overdue.add(new Overdue(c.id(), c.name(), "LATE_MILESTONES", c.lateItems().size(), "CONTRACTOR"));
            }
            if (c.openFindings() != null && !c.openFindings().isEmpty()) {
                overdue.add(new Overdue(c.id(), c.name(), "OPEN_FINDINGS", c.openFindings().size(), "HOUSING_BUREAU"));
            }
            if (c.batchYear() != null && c.order() < ProgrammeStage.ACCEPTED.ordinal()) {
                LocalDate deadline = deadlines.computeIfAbsent(c.batchYear(), y -> {
                    AnnualProgramme p = mongo.findById(c.districtCode() + "-" + y, AnnualProgramme.class);
                    return p == null ? null : p.deadline();
                });
                if (deadline != null && today.isAfter(deadline)) {
                    overdue.add(new Overdue(c.id(), c.name(), "PAST_DEADLINE", 1, "DISTRICT_OFFICE"));
                }
            }
        }
        return overdue;
    }

    @GetMapping("/rankings")
    @Operation(summary = "Ranking of streets, or of districts (排名通报)", description = "by=street (default) or "
            + "by=district; progress = mean stage of the communities as a percentage of long-term management, "
            + "ties by communities handed over.")
    List<Ranking> rankings(@Parameter(example = "street") @RequestParam(defaultValue = "street") String by,
                           @Parameter(example = "2026") @RequestParam(required = false) Integer year) {
        Function<ProgrammeCommunity, String> key = "district".equals(by) ? ProgrammeCommunity::districtCode
                : ProgrammeCommunity::streetCode;
        Map<String, long[]> sums = new LinkedHashMap<>();
        int last = ProgrammeStage.LONG_TERM_MANAGEMENT.ordinal();
        for (ProgrammeCommunity c : communities(year)) {
            if (key.apply(c) == null) {
                continue;
            }
            long[] s = sums.computeIfAbsent(key.apply(c), k -> new long[3]);
            s[0]++;
            s[1] += c.order();
            s[2] += c.order() >= ProgrammeStage.HANDED_OVER.ordinal() ? 1 : 0;
        }
        List<Ranking> rankings = new ArrayList<>();
        sums.forEach((code, s) -> rankings.add(new Ranking(0, code, (int) s[0], BigDecimal.valueOf(s[1] * 100)
                .divide(BigDecimal.valueOf(s[0] * last), 2, RoundingMode.HALF_UP), (int) s[2])));
        rankings.sort(Comparator.comparing(Ranking::progress).thenComparingInt(Ranking::handedOver).reversed()
                .thenComparing(Ranking::code));
        List<Ranking> ranked = new ArrayList<>();
        for (int i = 0; i < rankings.size(); i++) {
            Ranking r = rankings.get(i);
            ranked.add(new Ranking(i + 1, r.code(), r.communities(), r.progress(), r.handedOver()));
        }
        return ranked;
    }

    @GetMapping("/returns.xlsx")
    @Operation(summary = "The statistical return (统计报表) as .xlsx", description = "Generated from the data, never "
            + "typed twice: basic information per community (基本情况), the annual plan against its batch (年度计划), "
            + "progress per stage (进度), results (成果: acceptance, handover, long-term management, residents' "
            + "satisfaction) and funding per channel (资金, in fen).")
    void returns(@Parameter(example = "2026") @RequestParam int year, HttpServletResponse response) throws IOException {
        Caller caller = Caller.current();
        List<ProgrammeCommunity> batch = communities(year);
        AnnualProgramme programme = caller.districtCode() == null ? null
                : mongo.findById(caller.districtCode() + "-" + year, AnnualProgramme.class);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("returns-" + year + ".xlsx").build().toString());
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet basic = workbook.createSheet("基本情况 basic");
            row(basic, 0, "小区 community", "街道 street", "建成年份 built", "楼栋 buildings", "户数 households",
                    "建筑面积 m²", "阶段 stage");
            int r = 1;
            long buildings = 0;
            long households = 0;
            BigDecimal area = BigDecimal.ZERO;
            for (ProgrammeCommunity c : batch) {
                row(basic, r++, c.name(), c.streetCode(), c.buildYear() == null ? 0 : c.buildYear(), c.buildingCount(),
                        c.householdCount(), c.floorArea() == null ? 0 : c.floorArea().doubleValue(), c.stage().labelZh());
                buildings += c.buildingCount();
                households += c.householdCount();
                area = area.add(c.floorArea() == null ? BigDecimal.ZERO : c.floorArea());
            }
            row(basic, r, "合计 total", "", "", buildings, households, area.doubleValue(), "");
            Sheet plan = workbook.createSheet("年度计划 plan");
            row(plan, 0, "指标 unit", "目标 target", "批次 batch");
            row(plan, 1, "小区 communities", programme == null ? 0 : programme.targets().communities(), batch.size());
            row(plan, 2, "楼栋 buildings", programme == null ? 0 : programme.targets().buildings(), buildings);
            row(plan, 3, "户数 households", programme == null ? 0 : programme.targets().households(), households);
            row(plan, 4, "面积 m²", programme == null ? 0 : programme.targets().floorArea().doubleValue(), area.doubleValue());
            Sheet progress = workbook.createSheet("进度 progress");
            row(progress, 0, "阶段 stage", "小区 communities", "户数 households");
            int i = 1;
            for (ProgrammeStage s : ProgrammeStage.values()) {
                row(progress, i++, s.labelZh() + " " + s.name(), batch.stream().filter(c -> c.order() >= s.ordinal()).count(),
                        batch.stream().filter(c -> c.order() >= s.ordinal()).mapToLong(ProgrammeCommunity::householdCount)
                                .reduce(0L, Math::addExact));
            }
            Sheet results = workbook.createSheet("成果 results");
            row(results, 0, "成果 result", "小区 communities");
            row(results, 1, "已竣工验收 accepted", batch.stream().filter(c -> c.order() >= ProgrammeStage.ACCEPTED.ordinal()).count());
            row(results, 2, "已移交 handed over", batch.stream().filter(c -> c.order() >= ProgrammeStage.HANDED_OVER.ordinal()).count());
            row(results, 3, "长效管理 long-term management", batch.stream()
                    .filter(c -> c.order() >= ProgrammeStage.LONG_TERM_MANAGEMENT.ordinal()).count());
            // the same sums the overview gives, over this batch
            ProgrammeFigures.Cell sums = new ProgrammeFigures.Cell(caller.districtCode(), null, year);
            batch.forEach(sums::add);
            ProgrammeController.SatisfactionFigures satisfaction = ProgrammeController.satisfaction(List.of(sums));
            row(results, 4, "满意度评价小区 communities evaluated by residents", satisfaction.communities());
            row(results, 5, "参评户数 households that answered", satisfaction.respondents());
            row(results, 6, "平均满意度（1–5） mean satisfaction",
                    satisfaction.averageOverall() == null ? "" : satisfaction.averageOverall());
            // money in integer fen, exact in the spreadsheet; 合计 sums every channel
            Sheet funding = workbook.createSheet("资金 funding");
            row(funding, 0, "渠道 channel", "计划（分） planned fen", "承诺（分） pledged fen", "到位（分） received fen");
            long[] total = new long[3];
            int f = 1;
            for (ProgrammeController.ChannelFigures channel : ProgrammeController.funding(List.of(sums))) {
                row(funding, f++, channel.label().zh() + " " + channel.channel(), channel.planned(), channel.pledged(),
                        channel.received());
                total[0] = Math.addExact(total[0], channel.planned());
                total[1] = Math.addExact(total[1], channel.pledged());
                total[2] = Math.addExact(total[2], channel.received());
            }
            row(funding, f, "合计 total", total[0], total[1], total[2]);
            try (OutputStream out = response.getOutputStream()) {
                workbook.write(out);
            }
        }
    }

    private List<ProgrammeCommunity> communities(Integer year) {
        List<Criteria> parts = new ArrayList<>();
        parts.add(PlaceScope.of(Caller.current(), "districtCode", "streetCode"));
        if (year != null) {
            parts.add(where("batchYear").is(year));
        }
        return mongo.find(new Query(new Criteria().andOperator(parts)), ProgrammeCommunity.class);
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
