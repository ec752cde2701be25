package org.renewal.survey.transfer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.renewal.platform.export.SafeCells;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Reads the register sheet of an upload: .xlsx (or .xls), or CSV in UTF-8 (with or without BOM) or
 * GB18030 as Excel in China saves it. The first row is the header.
 */
final class SheetReader {

    /** Only the first sheet, and no more rows than this, are read. */
    static final int MAX_ROWS = 200_000;

    private SheetReader() {
    }

    /** A data row: its number as a person sees it in the sheet (the header is row 1) and its cells. */
    record SheetRow(int number, Map<RegisterColumns, String> cells) {

        String get(RegisterColumns column) {
            String value = cells.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    /** Why an upload could not be read as a register sheet. */
    static final class UnreadableFile extends Exception {
        final String reason;

        UnreadableFile(String reason) {
            super(reason);
            this.reason = reason;
        }
    }

    static boolean isSpreadsheet(byte[] content) {
        // .xlsx is a ZIP (PK\3\4); .xls is an OLE2 compound file (D0 CF 11 E0)
        return content.length > 4 && ((content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4)
                || ((content[0] & 0xFF) == 0xD0 && (content[1] & 0xFF) == 0xCF && (content[2] & 0xFF) == 0x11
                        && (content[3] & 0xFF) == 0xE0));
    }

    static List<SheetRow> read(byte[] content) throws UnreadableFile {
        List<List<String>> rows = isSpreadsheet(content) ? readWorkbook(content) : readCsv(content);
        if (rows.isEmpty()) {
            throw new UnreadableFile("import.empty");
        }
        Map<Integer, RegisterColumns> columns = new HashMap<>();
        List<String> header = rows.get(0);
        for (int i = 0; i < header.size(); i++) {
            int index = i;
            RegisterColumns.of(header.get(i)).ifPresent(c -> columns.putIfAbsent(index, c));
        }
        for (RegisterColumns required : List.of(RegisterColumns.DISTRICT_CODE, RegisterColumns.STREET_CODE,
                RegisterColumns.NAME, RegisterColumns.BUILD_YEAR, RegisterColumns.BUILDING_NUMBER,
                RegisterColumns.HOUSEHOLDS, RegisterColumns.FLOOR_AREA)) {
            if (!columns.containsValue(required)) {
                throw new UnreadableFile("import.missingColumns");
            }
        }
        List<SheetRow> result = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            Map<RegisterColumns, String> values = new EnumMap<>(RegisterColumns.class);
            columns.forEach((index, column) -> {
                if (index < cells.size()) {
                    values.put(column, SafeCells.read(cells.get(index)));
                }
            });
            result.add(new SheetRow(r + 1, values));
        }
        return result;
    }

    private static List<List<String>> readWorkbook(byte[] content) throws UnreadableFile {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new UnreadableFile("import.empty");
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= Math.min(sheet.getLastRowNum(), MAX_ROWS); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? null : formatter.formatCellValue(cell));
                    }
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            // POI reports broken archives, encrypted files and zip bombs as IOException or runtime exceptions
            throw new UnreadableFile("import.notASpreadsheet");
        }
    }

    private static List<List<String>> readCsv(byte[] content) throws UnreadableFile {
        String text = decode(content);
        if (text.indexOf('\0') >= 0) {
            throw new UnreadableFile("import.notASpreadsheet");
        }
        CsvMapper mapper = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> iterator = mapper.readerForListOf(String.class)
                .readValues(new StringReader(text))) {
            while (iterator.hasNext() && rows.size() <= MAX_ROWS) {
                rows.add(iterator.next());
            }
        } catch (JacksonException e) {
            throw new UnreadableFile("import.badCsv");
        }
        return rows;
    }

    private static String decode(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, Charset.forName("GB18030"));
        }
    }
}
