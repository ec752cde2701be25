package org.renewal.survey.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The register sheet is read as a stream: a whole city's register within a service's heap, the cap while reading. */
class SheetReaderTest {

    static final List<String> HEADER = List.of("区县代码 districtCode", "街道代码 streetCode", "小区名称 name",
            "建成年份 buildYear", "产权性质 propertyRight", "设施缺失项 facilityDeficiencies", "楼号 buildingNumber",
            "层数 floors", "户数 households", "建筑面积 floorArea", "有电梯 hasElevator");

    /** The heap a service runs with (deploy/local/launch.sh). */
    static final String SERVICE_HEAP = "-Xmx384m";

    @Test
    void aWholeCitysRegisterIsReadWithinTheServicesHeapAndTheCapAppliesWhileReading(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("city.xlsx");
        writeRegister(file, SheetReader.MAX_ROWS + 25);

        // a JVM of its own with the service's heap: the old reader (a whole workbook in memory) runs out of it
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), SERVICE_HEAP,
                "-cp", System.getProperty("java.class.path"), SheetReaderProbe.class.getName(), file.toString());
        Process probe = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output;
        try (var out = probe.getInputStream()) {
            output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(probe.waitFor(5, TimeUnit.MINUTES)).isTrue();

        assertThat(probe.exitValue()).as(output).isZero();
        assertThat(output).as(output).contains("rows=" + SheetReader.MAX_ROWS).contains("last=" + (SheetReader.MAX_ROWS + 1));
    }

    @Test
    void numbersAndTextReadAsExcelShowsThem() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            SXSSFSheet sheet = workbook.createSheet("登记册");
            write(sheet.createRow(0), HEADER);
            Row row = sheet.createRow(2);   // a blank row between is skipped, the numbering kept
            row.createCell(0).setCellValue("220302");
            row.createCell(1).setCellValue("220302001");
            row.createCell(2).setCellValue("'=东风小区");
            row.createCell(3).setCellValue(1992);
            row.createCell(6).setCellValue("1");
            row.createCell(8).setCellValue(48);
            row.createCell(9).setCellValue(3120.5);
            workbook.write(bytes);
        }

        List<SheetReader.SheetRow> rows = SheetReader.read(bytes.toByteArray());

        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.number()).isEqualTo(3);
            assertThat(r.get(RegisterColumns.NAME)).isEqualTo("=东风小区");
            assertThat(r.get(RegisterColumns.BUILD_YEAR)).isEqualTo("1992");
            assertThat(r.get(RegisterColumns.FLOOR_AREA)).isEqualTo("3120.5");
            assertThat(r.get(RegisterColumns.PROPERTY_RIGHT)).isNull();
        });
    }

    @Test
    void aSheetWithoutTheRegistersColumnsIsRefusedFromItsHeader() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            SXSSFSheet sheet = workbook.createSheet("other");
            write(sheet.createRow(0), List.of("foo", "bar"));
            workbook.write(bytes);
        }
        assertThatThrownBy(() -> SheetReader.check(bytes.toByteArray()))
                .isInstanceOfSatisfying(SheetReader.UnreadableFile.class,
                        e -> assertThat(e.reason).isEqualTo("import.missingColumns"));
    }

    /** A register of {@code rows} communities of one building each, as a district would export it. */
    static void writeRegister(Path file, int rows) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            workbook.setCompressTempFiles(true);
            SXSSFSheet sheet = workbook.createSheet("登记册");
            write(sheet.createRow(0), HEADER);
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("220302");
                row.createCell(1).setCellValue("220302" + String.format("%03d", 1 + r % 900));
                row.createCell(2).setCellValue("幸福里第" + r + "小区");
                row.createCell(3).setCellValue(1980 + r % 20);
                row.createCell(4).setCellValue("房改房");
                row.createCell(5).setCellValue("ROOF_LEAKING;路灯缺失");
                row.createCell(6).setCellValue("1");
                row.createCell(7).setCellValue(6);
                row.createCell(8).setCellValue(24 + r % 60);
                row.createCell(9).setCellValue(1500 + r % 3000 + 0.5);
                row.createCell(10).setCellValue("否");
            }
            workbook.write(out);
        }
    }

    private static void write(Row row, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            row.createCell(c).setCellValue(cells.get(c));
        }
    }

    /** Run in a JVM with the service's heap: reads the file and prints what it read. */
    public static final class SheetReaderProbe {

        public static void main(String[] args) throws Exception {
            List<SheetReader.SheetRow> rows = new ArrayList<>(SheetReader.read(Files.readAllBytes(Path.of(args[0]))));
            System.out.println("rows=" + rows.size() + " last=" + rows.get(rows.size() - 1).number()
                    + " bytes=" + Files.size(Path.of(args[0])));
        }
    }
}
