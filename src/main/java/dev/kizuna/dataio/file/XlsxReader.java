package dev.kizuna.dataio.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The first worksheet of an .xlsx workbook, read with StAX straight from the zip: rows stream one at a time; only
 * the shared-string table (each distinct text once) is held in memory. Phonetic guides (ふりがな runs, {@code rPh})
 * are left out of the text. Numbers come as Excel writes them (dates as serial numbers, which the date transform
 * understands).
 */
public final class XlsxReader implements TableReader {

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private final ZipFile zip;
    private final List<String> shared;
    private final InputStream sheetStream;
    private final XMLStreamReader sheet;
    private final List<String> header;
    private long row = 1;
    private long nextRowNumber;

    public XlsxReader(Path file) throws IOException {
        this.zip = new ZipFile(file.toFile());
        try {
            this.shared = sharedStrings();
            ZipEntry entry = zip.getEntry(firstSheet());
            if (entry == null) {
                throw new IOException("The workbook has no worksheet");
            }
            this.sheetStream = zip.getInputStream(entry);
            this.sheet = XML.createXMLStreamReader(sheetStream);
            String[] first = readRow();
            this.header = first == null ? List.of() : java.util.Arrays.stream(first).map(String::strip).toList();
            this.row = nextRowNumber;
        } catch (XMLStreamException e) {
            zip.close();
            throw new IOException("Not a readable .xlsx workbook: " + e.getMessage(), e);
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
                String[] values = readRow();
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
        } catch (XMLStreamException e) {
            throw new IOException("Broken worksheet near row " + row + ": " + e.getMessage(), e);
        }
    }

    private String[] readRow() throws XMLStreamException {
        List<String> values = new ArrayList<>();
        while (sheet.hasNext()) {
            int event = sheet.next();
            if (event == XMLStreamConstants.START_ELEMENT && "row".equals(sheet.getLocalName())) {
                String r = sheet.getAttributeValue(null, "r");
                nextRowNumber = r == null ? nextRowNumber + 1 : Long.parseLong(r);
                readCells(values);
                return values.stream().map(v -> v == null ? "" : v).toArray(String[]::new);
            }
        }
        return null;
    }

    private void readCells(List<String> values) throws XMLStreamException {
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
                }
                String type = sheet.getAttributeValue(null, "t");
                String value = cellValue(type);
                while (values.size() <= column) {
                    values.add("");
                }
                values.set(column, value);
                column++;
            }
        }
    }

    private String cellValue(String type) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        String v = null;
        int depth = 1;
        boolean phonetic = false;
        while (depth > 0 && sheet.hasNext()) {
            int event = sheet.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String name = sheet.getLocalName();
                if ("rPh".equals(name)) {
                    phonetic = true;
                } else if ("v".equals(name)) {
                    v = sheet.getElementText();
                    depth--;
                } else if ("t".equals(name) && !phonetic) {
                    text.append(sheet.getElementText());
                    depth--;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if ("rPh".equals(sheet.getLocalName())) {
                    phonetic = false;
                }
            }
        }
        if ("inlineStr".equals(type)) {
            return text.toString();
        }
        if (v == null) {
            return "";
        }
        if ("s".equals(type)) {
            int index = Integer.parseInt(v.strip());
            return index < shared.size() ? shared.get(index) : "";
        }
        if ("b".equals(type)) {
            return "1".equals(v) ? "TRUE" : "FALSE";
        }
        if (type == null || "n".equals(type)) {
            return plainNumber(v);
        }
        return v;
    }

    /** 1.0E7 → 10000000 and 12.0 → 12, as a person typed them. */
    static String plainNumber(String v) {
        try {
            return new java.math.BigDecimal(v.strip()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return v;
        }
    }

    static int columnIndex(String ref) {
        int index = 0;
        for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
            index = index * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
        }
        return index - 1;
    }

    private List<String> sharedStrings() throws IOException, XMLStreamException {
        List<String> strings = new ArrayList<>();
        ZipEntry entry = zip.getEntry("xl/sharedStrings.xml");
        if (entry == null) {
            return strings;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            XMLStreamReader xml = XML.createXMLStreamReader(in);
            StringBuilder text = null;
            boolean phonetic = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "si" -> text = new StringBuilder();
                        case "rPh" -> phonetic = true;
                        case "t" -> {
                            String t = xml.getElementText();
                            if (text != null && !phonetic) {
                                text.append(t);
                            }
                        }
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if ("rPh".equals(xml.getLocalName())) {
                        phonetic = false;
                    } else if ("si".equals(xml.getLocalName()) && text != null) {
                        strings.add(text.toString());
                        text = null;
                    }
                }
            }
            xml.close();
        }
        return strings;
    }

    /** The path of the workbook's first sheet, from workbook.xml and its relationships. */
    private String firstSheet() throws IOException, XMLStreamException {
        String relId = null;
        ZipEntry workbook = zip.getEntry("xl/workbook.xml");
        if (workbook != null) {
            try (InputStream in = zip.getInputStream(workbook)) {
                XMLStreamReader xml = XML.createXMLStreamReader(in);
                while (xml.hasNext() && relId == null) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && "sheet".equals(xml.getLocalName())) {
                        for (int i = 0; i < xml.getAttributeCount(); i++) {
                            if ("id".equals(xml.getAttributeLocalName(i))) {
                                relId = xml.getAttributeValue(i);
                            }
                        }
                    }
                }
            }
        }
        ZipEntry rels = zip.getEntry("xl/_rels/workbook.xml.rels");
        if (relId != null && rels != null) {
            try (InputStream in = zip.getInputStream(rels)) {
                XMLStreamReader xml = XML.createXMLStreamReader(in);
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(xml.getLocalName())
                            && relId.equals(xml.getAttributeValue(null, "Id"))) {
                        String target = xml.getAttributeValue(null, "Target");
                        return target.startsWith("/") ? target.substring(1) : "xl/" + target;
                    }
                }
            }
        }
        return "xl/worksheets/sheet1.xml";
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
