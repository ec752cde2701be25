package org.renewal.platform.export;

import java.util.regex.Pattern;

/**
 * Neutralises text cells that a spreadsheet program would run as a formula (OWASP "CSV Injection"): a value
 * beginning with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading
 * apostrophe, which Excel, LibreOffice and WPS show as text and never evaluate. A plain number such as
 * {@code -12.5} is left as it is: it cannot be a formula. Every export writes its text cells through here.
 */
public final class SafeCells {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private SafeCells() {
    }

    /** The value as a cell that opens as the text it is; {@code null} stays {@code null}. */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean formulaLike = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r' || first == '\uFF1D' || first == '\uFF0B' || first == '\uFF0D' || first == '\uFF20';
        if (!formulaLike || PLAIN_NUMBER.matcher(value).matches()) {
            return value;
        }
        return "'" + value;
    }

    /** A cell read back from a file this suite wrote: the apostrophe {@link #text} added is taken off again. */
    public static String read(String cell) {
        if (cell != null && cell.length() > 1 && cell.charAt(0) == '\'') {
            String rest = cell.substring(1);
            if (text(rest).equals(cell)) {
                return rest;
            }
        }
        return cell;
    }

    /** One CSV field (RFC 4180): neutralised, then quoted when it holds a comma, quote or line break. */
    public static String csv(String value) {
        String safe = text(value);
        if (safe == null) {
            return "";
        }
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
