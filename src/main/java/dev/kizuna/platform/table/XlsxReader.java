package dev.kizuna.platform.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The first worksheet of an .xlsx workbook: the zip opened through Apache POI's zip-bomb guard ({@link XlsxPackage}),
 * the sheet read with StAX so rows stream one at a time; only the shared-string table is held in memory. Everything
 * a file could inflate is bounded by {@link TableLimits} (columns up to XFD, a cell's and a row's length, the
 * shared strings, each part's unpacked size) and a broken limit, or a row number that is not one, is a
 * {@link TableLimitException} naming the rule. Phonetic guides (ふりがな runs, {@code rPh}) are left out of the text.
 * Numbers come as Excel writes them (dates as serial numbers, which the date transform understands). Data rows carry
 * at most as many values as the header has columns: cells right of the header have no column to go to.
 * <p>
 * POI's own sheet handler is not used for the cells: it formats numbers and dates for display, and its shared-string
 * and relationship tables are unbounded lists.
 */
public final class XlsxReader implements TableReader {

    /** The JDK's StAX parser, which hands long text over in chunks; no DTDs, no external entities. */
    static final XMLInputFactory XML = XMLInputFactory.newDefaultFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XML.setProperty(XMLInputFactory.IS_COALESCING, false);
    }

    private final TableLimits limits;
    private final XlsxPackage zip;
    private final SharedStrings shared;
    private final InputStream sheetStream;
    private final XMLStreamReader sheet;
    private final List<String> header;
    private final StringBuilder cellText = new StringBuilder();
    private long row = 1;
    private long nextRowNumber;
    private int rowChars;

    public XlsxReader(Path file) throws IOException {
        this(file, TableLimits.DEFAULT);
    }

    public XlsxReader(Path file, TableLimits limits) throws IOException {
        this.limits = limits;
        this.zip = new XlsxPackage(file, limits);
        InputStream opened = null;
        try {
            try (InputStream strings = zip.part("xl/sharedStrings.xml")) {
                this.shared = SharedStrings.read(strings, limits);
            }
            opened = zip.part(XlsxSheets.first(zip));
            if (opened == null) {
                throw new IOException("The workbook has no worksheet");
            }
            this.sheetStream = opened;
            this.sheet = XML.createXMLStreamReader(sheetStream);
            String[] first = readRow(limits.columns());
            this.header = first == null ? List.of() : Arrays.stream(first).map(String::strip).toList();
            this.row = nextRowNumber;
        } catch (XMLStreamException | IOException | RuntimeException e) {
            if (opened != null) {
                opened.close();
            }
            zip.close();
            throw failure("Not a readable .xlsx workbook", e);
        }
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public long row() {
        return row;
    }

    @Override
    public String[] next() throws IOException {
        try {
            while (true) {
                String[] values = readRow(Math.max(header.size(), 1));
                if (values == null) {
                    return null;
                }
                row = nextRowNumber;
                for (String v : values) {
                    if (v != null && !v.isEmpty()) {
                        return values;
                    }
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            throw failure("Broken worksheet near row " + row, e);
        }
    }

    /** A limit broken in a stream the parser was reading comes wrapped: give it back as itself. */
    private static IOException failure(String what, Exception e) {
        TableLimitException limit = TableLimitException.in(e);
        if (limit != null) {
            return limit;
        }
        return e instanceof IOException io ? io : new IOException(what + ": " + e.getMessage(), e);
    }

    /** The next row's values, up to {@code width} of them, or null at the end of the sheet. */
    private String[] readRow(int width) throws XMLStreamException, IOException {
        while (sheet.hasNext()) {
            int event = sheet.next();
            if (event == XMLStreamConstants.START_ELEMENT && "row".equals(sheet.getLocalName())) {
                nextRowNumber = rowNumber(sheet.getAttributeValue(null, "r"));
                List<String> values = new ArrayList<>();
                rowChars = 0;
                readCells(values, width);
                return values.stream().map(v -> v == null ? "" : v).toArray(String[]::new);
            }
        }
        return null;
    }

    private long rowNumber(String r) throws TableLimitException {
        if (r == null) {
            return nextRowNumber + 1;
        }
        String digits = r.strip();
        if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')
                || Long.parseLong(digits) < 1 || Long.parseLong(digits) > limits.rows()) {
            throw new TableLimitException("ImportRowNumber", r.length() > 20 ? r.substring(0, 20) + "…" : r,
                    limits.rows());
        }
        return Long.parseLong(digits);
    }

    private void readCells(List<String> values, int width) throws XMLStreamException, IOException {
        int column = 0;
        while (sheet.hasNext()) {
            int event = sheet.next();
            if (event == XMLStreamConstants.END_ELEMENT && "row".equals(sheet.getLocalName())) {
                return;
            }
            if (event == XMLStreamConstants.START_ELEMENT && "c".equals(sheet.getLocalName())) {
                String ref = sheet.getAttributeValue(null, "r");
                if (ref != null) {
                    column = columnIndex(ref);
                    if (column < 0) {
                        throw new TableLimitException("ImportCellReference",
                                ref.length() > 20 ? ref.substring(0, 20) + "…" : ref, nextRowNumber);
                    }
                }
                if (column >= limits.columns()) {
                    throw new TableLimitException("ImportColumns", limits.columns(), nextRowNumber);
                }
                String value = cellValue(sheet.getAttributeValue(null, "t"));
                rowChars += value.length();
                if (rowChars > limits.rowChars()) {
                    throw new TableLimitException("ImportRowLength", limits.rowChars(), nextRowNumber);
                }
                if (column < width) {
                    while (values.size() <= column) {
                        values.add("");
                    }
                    values.set(column, value);
                }
                column++;
            }
        }
    }

    /** The cell's value as text; the cell's start tag has been read, its end tag is read here. */
    private String cellValue(String type) throws XMLStreamException, IOException {
        cellText.setLength(0);
        String v = null;
        int depth = 1;
        boolean phonetic = false;
        while (depth > 0 && sheet.hasNext()) {
            int event = sheet.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = sheet.getLocalName();
                if ("rPh".equals(name)) {
                    phonetic = true;
                    depth++;
                } else if ("v".equals(name)) {
                    int from = cellText.length();
                    text();
                    v = cellText.substring(from);
                    cellText.setLength(from);
                } else if ("t".equals(name) && !phonetic) {
                    text();
                } else {
                    depth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if ("rPh".equals(sheet.getLocalName())) {
                    phonetic = false;
                }
            }
        }
        if ("inlineStr".equals(type)) {
            return cellText.toString();
        }
        if (v == null) {
            return "";
        }
        if ("s".equals(type)) {
            String index = v.strip();
            return index.isEmpty() || index.length() > 9 || !index.chars().allMatch(Character::isDigit) ? ""
                    : shared.get(Integer.parseInt(index));
        }
        if ("b".equals(type)) {
            return "1".equals(v) ? "TRUE" : "FALSE";
        }
        if (type == null || "n".equals(type)) {
            return plainNumber(v);
        }
        return v;
    }

    /** Appends the current element's text to {@link #cellText}, chunk by chunk, up to the cell limit; reads its end. */
    private void text() throws XMLStreamException, TableLimitException {
        int depth = 1;
        while (depth > 0 && sheet.hasNext()) {
            int event = sheet.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (depth == 1 && isText(event)) {
                cellText.append(sheet.getTextCharacters(), sheet.getTextStart(), sheet.getTextLength());
                if (cellText.length() > limits.cellChars()) {
                    throw new TableLimitException("ImportCellLength", limits.cellChars(), nextRowNumber);
                }
            }
        }
    }

    static boolean isText(int event) {
        return event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                || event == XMLStreamConstants.SPACE;
    }

    /** 1.0E7 → 10000000 and 12.0 → 12, as a person typed them; an exponent no spreadsheet writes stays as it is. */
    static String plainNumber(String v) {
        try {
            java.math.BigDecimal number = new java.math.BigDecimal(v.strip());
            if (Math.abs((long) number.scale()) > 400) {
                return v;
            }
            return number.stripTrailingZeros().toPlainString();
        } catch (NumberFormatException | ArithmeticException e) {
            return v;
        }
    }

    /**
     * The zero-based column of a cell reference ({@code AB12} → 27): {@code Integer.MAX_VALUE} past any real column,
     * -1 when the reference does not start with a column's letters.
     */
    static int columnIndex(String ref) {
        long index = 0;
        int i = 0;
        for (; i < ref.length(); i++) {
            char c = Character.toUpperCase(ref.charAt(i));
            if (c < 'A' || c > 'Z') {
                break;
            }
            index = index * 26 + (c - 'A' + 1);
            if (index > Integer.MAX_VALUE) {
                return Integer.MAX_VALUE;
            }
        }
        return i == 0 ? -1 : (int) index - 1;
    }

    @Override
    public void close() throws IOException {
        try {
            sheet.close();
        } catch (XMLStreamException e) {
            // closing anyway
        }
        sheetStream.close();
        zip.close();
    }
}
