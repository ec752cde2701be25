package org.renewal.plan.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The statistical return and the rankings, from read-model rows alone (no store, no web). */
class StatisticalReturnTest {

    static ProgrammeCommunity community(String id, String name, String street, ProgrammeStage stage, int households,
                                       String area, Map<String, Long> received) {
        return new ProgrammeCommunity(id, name, "220302", street, 1994, 3, households, new BigDecimal(area),
                "PRIORITY", BigDecimal.TEN, true, stage.ordinal(), null, null, null, null, null, 2026, null, null,
                null, stage.ordinal() >= ProgrammeStage.ACCEPTED.ordinal() ? LocalDate.of(2026, 10, 1) : null, null,
                Map.of(), Map.of(), received, Map.of(), null, null, null);
    }

    private static Sheet sheet(byte[] xlsx, String name) throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        return workbook.getSheet(name);
    }

    private static Row last(Sheet sheet) {
        return sheet.getRow(sheet.getLastRowNum());
    }

    @Test
    void totalsAreExactAndFundingIsInWholeFenAndNamesCannotBeFormulas() throws Exception {
        var batch = List.of(
                community("a", "=HYPERLINK(\"http://evil.example\",\"x\")", "220302001", ProgrammeStage.ACCEPTED, 48,
                        "3120.50", Map.of("GOVERNMENT_DISTRICT", 9_007_199_254_740_993L / 1_000_000)),
                community("b", "南湖小区", "220302002", ProgrammeStage.UNDER_CONSTRUCTION, 36, "2200.25",
                        Map.of("GOVERNMENT_DISTRICT", 123_457L, "RESIDENTS", 1L)));
        ProgrammeFigures.Cell sums = new ProgrammeFigures.Cell("220302", null, 2026);
        batch.forEach(sums::add);
        var out = new ByteArrayOutputStream();

        StatisticalReturn.write(batch, new AnnualProgramme.Targets(24, 146, 9120, new BigDecimal("721000")), sums, out);

        Sheet basic = sheet(out.toByteArray(), "基本情况 basic");
        assertThat(basic.getRow(1).getCell(0).getStringCellValue()).startsWith("'=HYPERLINK");
        assertThat(last(basic).getCell(4).getNumericCellValue()).isEqualTo(84);
        assertThat(last(basic).getCell(5).getNumericCellValue()).isEqualTo(5320.75);
        Sheet funding = sheet(out.toByteArray(), "资金 funding");
        assertThat(last(funding).getCell(3).getNumericCellValue()).as("received, fen")
                .isEqualTo(9_007_199_254L + 123_457L + 1L);
        Sheet results = sheet(out.toByteArray(), "成果 results");
        assertThat(results.getRow(1).getCell(1).getNumericCellValue()).as("accepted").isEqualTo(1);
        Sheet plan = sheet(out.toByteArray(), "年度计划 plan");
        assertThat(plan.getRow(1).getCell(1).getNumericCellValue()).as("target").isEqualTo(24);
        assertThat(plan.getRow(1).getCell(2).getNumericCellValue()).as("batch").isEqualTo(2);
    }

    @Test
    void streetsRankByMeanStageThenByHandoversThenByCode() {
        var communities = List.of(
                community("a", "a", "220302001", ProgrammeStage.HANDED_OVER, 1, "1", Map.of()),
                community("b", "b", "220302001", ProgrammeStage.APPROVED, 1, "1", Map.of()),
                community("c", "c", "220302002", ProgrammeStage.ACCEPTED, 1, "1", Map.of()),
                community("d", "d", "220302002", ProgrammeStage.ACCEPTED, 1, "1", Map.of()),
                community("e", "e", "220302003", ProgrammeStage.ACCEPTED, 1, "1", Map.of()));

        var ranked = Supervision.rank(communities, false,
                c -> EarlyWarning.of(c, null, java.time.LocalDate.of(2026, 3, 1)));

        assertThat(ranked).extracting(Supervision.Ranking::rank).containsExactly(1, 2, 3);
        int last = ProgrammeStage.LONG_TERM_MANAGEMENT.ordinal();
        // 220302002 and 220302003 have the same mean stage (ACCEPTED) and no handover: the code decides
        List<String> codes = ranked.stream().map(Supervision.Ranking::code).toList();
        assertThat(codes.indexOf("220302002")).isEqualTo(codes.indexOf("220302003") - 1);
        assertThat(ranked).isSortedAccordingTo(java.util.Comparator.comparing(Supervision.Ranking::progress).reversed());
        assertThat(ranked).extracting(Supervision.Ranking::progress).allSatisfy(p ->
                assertThat(p.scale()).isEqualTo(2));
        assertThat(ranked.stream().filter(r -> r.code().equals("220302003")).findFirst().orElseThrow().progress())
                .isEqualByComparingTo(BigDecimal.valueOf(ProgrammeStage.ACCEPTED.ordinal() * 100L)
                        .divide(BigDecimal.valueOf(last), 2, java.math.RoundingMode.HALF_UP));
    }

    @Test
    void eachStreetCountsItsRedAndAmberCommunitiesAndTakesItsLevelFromThem() {
        var communities = List.of(
                community("a", "a", "220302001", ProgrammeStage.UNDER_CONSTRUCTION, 1, "1", Map.of()),
                community("b", "b", "220302001", ProgrammeStage.UNDER_CONSTRUCTION, 1, "1", Map.of()),
                community("c", "c", "220302002", ProgrammeStage.UNDER_CONSTRUCTION, 1, "1", Map.of()),
                community("d", "d", "220302002", ProgrammeStage.UNDER_CONSTRUCTION, 1, "1", Map.of()),
                community("e", "e", "220302002", ProgrammeStage.UNDER_CONSTRUCTION, 1, "1", Map.of()),
                community("f", "f", "220302002", ProgrammeStage.UNDER_CONSTRUCTION, 1, "1", Map.of()),
                community("g", "g", "220302002", ProgrammeStage.UNDER_CONSTRUCTION, 1, "1", Map.of()));
        Map<String, EarlyWarning.Level> levels = Map.of("a", EarlyWarning.Level.RED, "c", EarlyWarning.Level.AMBER);

        var ranked = Supervision.rank(communities, false, c -> new EarlyWarning.Signal(
                levels.getOrDefault(c.id(), EarlyWarning.Level.GREEN), List.of()));

        var first = ranked.stream().filter(r -> r.code().equals("220302001")).findFirst().orElseThrow();
        var second = ranked.stream().filter(r -> r.code().equals("220302002")).findFirst().orElseThrow();
        assertThat(List.of(first.red(), first.amber(), first.warning()))
                .containsExactly(1, 0, EarlyWarning.Level.RED);
        assertThat(List.of(second.red(), second.amber(), second.warning()))
                .containsExactly(0, 1, EarlyWarning.Level.GREEN);
    }
}
