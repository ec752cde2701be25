package org.renewal.survey.transfer;

import java.io.IOException;
import org.renewal.platform.security.Caller;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.renewal.platform.export.SafeCells;
import org.renewal.survey.community.CommunityExport;
import org.renewal.survey.eligibility.EligibilityOutcome;
import org.renewal.survey.community.ReserveStatus;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/survey/exports")
@Tag(name = "Import and export 导入导出", description = "The register as .xlsx or CSV, one row per building")
class ExportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final CommunityExport export;

    ExportController(CommunityExport export) {
        this.export = export;
    }

    @GetMapping("/communities.xlsx")
    @Operation(summary = "Export the register as .xlsx (导出登记册)", description = "The communities you may see, "
            + "filtered like the list, one row per building, with the same columns the import reads (header "
            + "\"中文 key\"). No personal data. Streams, so a whole city fits.")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "The register workbook (attachment)",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")))
    void xlsx(Caller caller, @Parameter(example = "220302") @RequestParam(required = false) @Pattern(regexp = "\\d{6}") String districtCode,
              @Parameter(example = "220302001") @RequestParam(required = false) @Pattern(regexp = "\\d{9}") String streetCode,
              @RequestParam(required = false) EligibilityOutcome eligibility,
              @RequestParam(required = false) ReserveStatus reserveStatus,
              HttpServletResponse response) throws IOException {
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("communities.xlsx").build().toString());
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = workbook.createSheet("登记册 register");
            write(sheet.createRow(0), RegisterColumns.headers());
            int[] next = {1};
            export.forEachRow(caller, districtCode, streetCode, eligibility, reserveStatus,
                    row -> write(sheet.createRow(next[0]++), cells(row)));
            try (OutputStream out = response.getOutputStream()) {
                workbook.write(out);
            }
        }
    }

    @GetMapping("/communities.csv")
    @Operation(summary = "Export the register as CSV (UTF-8 with BOM, for Excel)", description = "Same rows and "
            + "columns as the .xlsx export.")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "The register as CSV, UTF-8 with BOM (attachment)",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "text/csv",
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")))
    void csv(Caller caller, @Parameter(example = "220302") @RequestParam(required = false) @Pattern(regexp = "\\d{6}") String districtCode,
             @Parameter(example = "220302001") @RequestParam(required = false) @Pattern(regexp = "\\d{9}") String streetCode,
             @RequestParam(required = false) EligibilityOutcome eligibility,
             @RequestParam(required = false) ReserveStatus reserveStatus,
             HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("communities.csv").build().toString());
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF');
        out.write(csvLine(RegisterColumns.headers()));
        export.forEachRow(caller, districtCode, streetCode, eligibility, reserveStatus, row -> {
            try {
                out.write(csvLine(cells(row)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        out.flush();
    }

    private static List<String> cells(CommunityExport.Row row) {
        List<String> cells = new ArrayList<>();
        cells.add(row.districtCode());
        cells.add(row.streetCode());
        cells.add(row.committeeCode());
        cells.add(row.name());
        cells.add(row.address());
        cells.add(plain(row.latitude()));
        cells.add(plain(row.longitude()));
        cells.add(String.valueOf(row.buildYear()));
        cells.add(row.propertyRight());
        cells.add(row.managementStatus());
        cells.add(row.lastRenovationYear() == null ? null : String.valueOf(row.lastRenovationYear()));
        cells.add(String.valueOf(row.inDemolitionPlan()));
        cells.add(String.join(";", row.facilityDeficiencies()));
        cells.add(row.buildingNumber());
        cells.add(row.floors() == null ? null : String.valueOf(row.floors()));
        cells.add(row.entrances() == null ? null : String.valueOf(row.entrances()));
        cells.add(String.valueOf(row.households()));
        cells.add(plain(row.floorArea()));
        cells.add(String.valueOf(row.hasElevator()));
        return cells;
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static void write(Row row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i) != null) {
                row.createCell(i).setCellValue(SafeCells.text(cells.get(i)));
            }
        }
    }

    private static String csvLine(List<String> cells) {
        return cells.stream().map(SafeCells::csv).collect(Collectors.joining(",")) + "\r\n";
    }

}
