package org.renewal.survey.transfer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.renewal.platform.export.SafeCells;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import javax.xml.parsers.ParserConfigurationException;
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
            this(reason, null);
        }

        UnreadableFile(String reason, Throwable cause) {
            super(reason, cause);
            this.reason = reason;
        }
    }

    static boolean isSpreadsheet(byte[] content) {
        // .xlsx is a ZIP (PK\3\4); .xls is an OLE2 compound file (D0 CF 11 E0)
        return content.length > 4 && ((content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4)
                || ((content[0] & 0xFF) == 0xD0 && (content[1] & 0xFF) == 0xCF && (content[2] & 0xFF) == 0x11
                        && (content[3] & 0xFF) == 0xE0));
    }

    /** Every data row of the register sheet, read as a stream with the row cap applied while reading. */
    static List<SheetRow> read(byte[] content) throws UnreadableFile {
        Rows rows = new Rows(MAX_ROWS);
        read(content, rows);
        if (!rows.headerSeen()) {
            throw new UnreadableFile("import.empty");
        }
        return rows.result;
    }

    /** Whether the upload is a register sheet: its header is read, nothing more. */
    static void check(byte[] content) throws UnreadableFile {
        Rows rows = new Rows(0);
        read(content, rows);
        if (!rows.headerSeen()) {
            throw new UnreadableFile("import.empty");
        }
    }

    private static void read(byte[] content, Rows rows) throws UnreadableFile {
        try {
            if (isXlsx(content)) {
                readXlsx(content, rows);
            } else if (isSpreadsheet(content)) {
                readXls(content, rows);
            } else {
                readCsv(content, rows);
            }
        } catch (Rows.Enough enough) {
            // the cap was reached: the rest of the file is not read
        } catch (Rows.NotARegister notARegister) {
            throw new UnreadableFile("import.missingColumns");
        }
    }

    /**
     * Receives the sheet's rows one by one: the first is the header, which decides the columns; each later one
     * becomes a {@link SheetRow} at once (nothing holds the raw rows), with repeated cell values shared.
     */
    private static final class Rows {

        /** Thrown to stop reading once the cap is reached. */
        static final class Enough extends RuntimeException {
            Enough() {
                super(null, null, false, false);
            }
        }

        /** Thrown when the header lacks a required column. */
        static final class NotARegister extends RuntimeException {
            NotARegister() {
                super(null, null, false, false);
            }
        }

        private final int maxDataRows;
        private final List<SheetRow> result = new ArrayList<>();
        private final Map<String, String> shared = new HashMap<>();
        private Map<Integer, RegisterColumns> columns;
        private int dataRows;

        Rows(int maxDataRows) {
            this.maxDataRows = maxDataRows;
        }

        boolean headerSeen() {
            return columns != null;
        }

        /** One row: {@code index} counts from 0 (the header); {@code cells} by column index, null where empty. */
        void row(int index, List<String> cells) {
            if (columns == null) {
                header(cells);
                if (maxDataRows == 0) {
                    throw new Enough();
                }
                return;
            }
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                return;
            }
            if (dataRows == maxDataRows) {
                throw new Enough();
            }
            dataRows++;
            Map<RegisterColumns, String> values = new EnumMap<>(RegisterColumns.class);
            columns.forEach((column, meaning) -> {
                if (column < cells.size() && cells.get(column) != null) {
                    String value = SafeCells.read(cells.get(column));
                    values.put(meaning, value.length() <= 32 ? shared.computeIfAbsent(value, v -> v) : value);
                }
            });
            result.add(new SheetRow(index + 1, values));
        }

        private void header(List<String> header) {
            columns = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                int index = i;
                if (header.get(i) != null) {
                    RegisterColumns.of(header.get(i)).ifPresent(c -> {
                        if (!columns.containsValue(c)) {
                            columns.put(index, c);
                        }
                    });
                }
            }
            for (RegisterColumns required : List.of(RegisterColumns.DISTRICT_CODE, RegisterColumns.STREET_CODE,
                    RegisterColumns.NAME, RegisterColumns.BUILD_YEAR, RegisterColumns.BUILDING_NUMBER,
                    RegisterColumns.HOUSEHOLDS, RegisterColumns.FLOOR_AREA)) {
                if (!columns.containsValue(required)) {
                    throw new NotARegister();
                }
            }
        }
    }

    private static boolean isXlsx(byte[] content) {
        return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    /**
     * .xlsx through POI's streaming (SAX) reader: the first sheet's XML is read row by row, strings from the
     * read-only shared-strings table, numbers and dates formatted as Excel shows them. A whole city's register
     * (200,000 rows) never becomes a workbook in memory.
     */
    private static void readXlsx(byte[] content, Rows rows) throws UnreadableFile {
        // from a file, so the archive's entries are inflated as they are read (from a stream, POI would hold
        // each whole entry — the sheet's XML is ten times the upload — in memory)
        Path file;
        try {
            file = Files.createTempFile("register-", ".xlsx");
            Files.write(file, content);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new UnreadableFile("import.empty");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new SheetContentsHandler() {
                    private List<String> cells = new ArrayList<>();

                    @Override
                    public void startRow(int rowNum) {
                        cells = new ArrayList<>();
                    }

                    @Override
                    public void endRow(int rowNum) {
                        rows.row(rowNum, cells);
                    }

                    @Override
                    public void cell(String reference, String formattedValue, XSSFComment comment) {
                        int column = new CellReference(reference).getCol();
                        while (cells.size() < column) {
                            cells.add(null);
                        }
                        cells.add(formattedValue);
                    }
                }, new DataFormatter(java.util.Locale.ROOT), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (Rows.Enough | Rows.NotARegister stop) {
            throw stop;
        } catch (IOException | SAXException | OpenXML4JException | ParserConfigurationException | RuntimeException e) {
            // POI reports broken archives, encrypted files and zip bombs as exceptions of these kinds
            throw new UnreadableFile("import.notASpreadsheet", e);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the temporary directory is cleaned by the system
            }
        }
    }

    /** .xls (Excel 97–2003, at most 65,536 rows by its format): POI's workbook model, row by row. */
    private static void readXls(byte[] content, Rows rows) throws UnreadableFile {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new UnreadableFile("import.empty");
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? null : formatter.formatCellValue(cell));
                    }
                }
                rows.row(r, cells);
            }
        } catch (Rows.Enough | Rows.NotARegister stop) {
            throw stop;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFile("import.notASpreadsheet");
        }
    }

    private static void readCsv(byte[] content, Rows rows) throws UnreadableFile {
        String text = decode(content);
        if (text.indexOf('\0') >= 0) {
            throw new UnreadableFile("import.notASpreadsheet");
        }
        CsvMapper mapper = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
        try (MappingIterator<List<String>> iterator = mapper.readerForListOf(String.class)
                .readValues(new StringReader(text))) {
            for (int r = 0; iterator.hasNext(); r++) {
                rows.row(r, iterator.next());
            }
        } catch (JacksonException e) {
            throw new UnreadableFile("import.badCsv");
        }
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
