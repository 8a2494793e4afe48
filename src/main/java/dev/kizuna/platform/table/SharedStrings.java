package dev.kizuna.platform.table;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An .xlsx shared-string table (each distinct text of the workbook once), kept as one run of characters and the end
 * of each text in it, so a million short texts cost a few megabytes rather than a million objects. Phonetic guides
 * (ふりがな runs, {@code rPh}) are left out. The table is bounded by {@link TableLimits}: count, total characters and
 * each text's length.
 */
final class SharedStrings {

    private final StringBuilder text = new StringBuilder();
    private int[] ends = new int[1024];
    private int count;

    static SharedStrings read(InputStream in, TableLimits limits) throws IOException, XMLStreamException {
        SharedStrings table = new SharedStrings();
        if (in == null) {
            return table;
        }
        XMLStreamReader xml = XlsxReader.XML.createXMLStreamReader(in);
        try {
            int start = -1;
            boolean phonetic = false;
            boolean inText = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "si" -> start = table.text.length();
                        case "rPh" -> phonetic = true;
                        case "t" -> inText = start >= 0 && !phonetic;
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "rPh" -> phonetic = false;
                        case "t" -> inText = false;
                        case "si" -> {
                            if (start >= 0) {
                                table.add(limits);
                            }
                            start = -1;
                        }
                        default -> {
                        }
                    }
                } else if (inText && XlsxReader.isText(event)) {
                    table.text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                    int length = table.text.length() - start;
                    if (length > limits.cellChars()) {
                        throw new TableLimitException("ImportSharedCellLength", limits.cellChars());
                    }
                    if (table.text.length() > limits.sharedChars()) {
                        throw new TableLimitException("ImportSharedChars", limits.sharedChars());
                    }
                }
            }
        } finally {
            xml.close();
        }
        return table;
    }

    private void add(TableLimits limits) throws TableLimitException {
        if (count >= limits.sharedStrings()) {
            throw new TableLimitException("ImportSharedStrings", limits.sharedStrings());
        }
        if (count == ends.length) {
            ends = Arrays.copyOf(ends, ends.length * 2);
        }
        ends[count++] = text.length();
    }

    int size() {
        return count;
    }

    /** The text at the index, or "" for an index the table does not have. */
    String get(int index) {
        if (index < 0 || index >= count) {
            return "";
        }
        return text.substring(index == 0 ? 0 : ends[index - 1], ends[index]);
    }
}
