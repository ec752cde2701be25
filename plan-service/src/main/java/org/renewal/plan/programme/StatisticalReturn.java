package org.renewal.plan.programme;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.renewal.platform.export.SafeCells;

/**
 * The statistical return (统计报表) of a programme year as an .xlsx workbook, generated from the data, never typed
 * twice: basic information per community (基本情况), the annual plan against its batch (年度计划), progress per stage
 * (进度), results (成果) and funding per channel (资金, integer fen, exact). Totals are exact sums; every text
 * cell is neutralised against formula injection ({@link SafeCells}). No store, no web types.
 */
final class StatisticalReturn {

    private StatisticalReturn() {
    }

    /**
     * @param batch   the year's batch communities the caller may see
     * @param targets the year's targets of the caller's district; null for callers without one (zeros)
     * @param sums    the programme figures of the same batch
     */
    static void write(List<ProgrammeCommunity> batch, AnnualProgramme.Targets targets, ProgrammeFigures.Cell sums,
                      OutputStream out) throws IOException {
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
                buildings = Math.addExact(buildings, c.buildingCount());
                households = Math.addExact(households, c.householdCount());
                area = area.add(c.floorArea() == null ? BigDecimal.ZERO : c.floorArea());
            }
            row(basic, r, "合计 total", "", "", buildings, households, area.doubleValue(), "");
            Sheet plan = workbook.createSheet("年度计划 plan");
            row(plan, 0, "指标 unit", "目标 target", "批次 batch");
            row(plan, 1, "小区 communities", targets == null ? 0 : targets.communities(), batch.size());
            row(plan, 2, "楼栋 buildings", targets == null ? 0 : targets.buildings(), buildings);
            row(plan, 3, "户数 households", targets == null ? 0 : targets.households(), households);
            row(plan, 4, "面积 m²", targets == null ? 0 : targets.floorArea().doubleValue(), area.doubleValue());
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
            row(results, 1, "已竣工验收 accepted", atLeast(batch, ProgrammeStage.ACCEPTED));
            row(results, 2, "已移交 handed over", atLeast(batch, ProgrammeStage.HANDED_OVER));
            row(results, 3, "长效管理 long-term management", atLeast(batch, ProgrammeStage.LONG_TERM_MANAGEMENT));
            ProgrammeSums.SatisfactionFigures satisfaction = ProgrammeSums.satisfaction(List.of(sums));
            row(results, 4, "满意度评价小区 communities evaluated by residents", satisfaction.communities());
            row(results, 5, "参评户数 households that answered", satisfaction.respondents());
            row(results, 6, "平均满意度（1–5） mean satisfaction",
                    satisfaction.averageOverall() == null ? "" : satisfaction.averageOverall());
            Sheet funding = workbook.createSheet("资金 funding");
            row(funding, 0, "渠道 channel", "计划（分） planned fen", "承诺（分） pledged fen", "到位（分） received fen");
            long[] total = new long[3];
            int f = 1;
            for (ProgrammeSums.ChannelFigures channel : ProgrammeSums.funding(List.of(sums))) {
                row(funding, f++, channel.label().zh() + " " + channel.channel(), channel.planned(), channel.pledged(),
                        channel.received());
                total[0] = Math.addExact(total[0], channel.planned());
                total[1] = Math.addExact(total[1], channel.pledged());
                total[2] = Math.addExact(total[2], channel.received());
            }
            row(funding, f, "合计 total", total[0], total[1], total[2]);
            workbook.write(out);
        }
    }

    private static long atLeast(List<ProgrammeCommunity> batch, ProgrammeStage stage) {
        return batch.stream().filter(c -> c.order() >= stage.ordinal()).count();
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
