package dev.kizuna.platform.table;

import java.io.IOException;
import java.io.InputStream;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Where a workbook's first sheet is, from workbook.xml and its relationships; both read only as far as needed. */
final class XlsxSheets {

    private XlsxSheets() {
    }

    static String first(XlsxPackage zip) throws IOException, XMLStreamException {
        String relId = null;
        try (InputStream in = zip.part("xl/workbook.xml")) {
            if (in != null) {
                XMLStreamReader xml = XlsxReader.XML.createXMLStreamReader(in);
                while (xml.hasNext() && relId == null) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && "sheet".equals(xml.getLocalName())) {
                        for (int i = 0; i < xml.getAttributeCount(); i++) {
                            if ("id".equals(xml.getAttributeLocalName(i))) {
                                relId = xml.getAttributeValue(i);
                            }
                        }
                    }
                }
                xml.close();
            }
        }
        if (relId != null) {
            try (InputStream in = zip.part("xl/_rels/workbook.xml.rels")) {
                if (in != null) {
                    XMLStreamReader xml = XlsxReader.XML.createXMLStreamReader(in);
                    while (xml.hasNext()) {
                        if (xml.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(xml.getLocalName())
                                && relId.equals(xml.getAttributeValue(null, "Id"))) {
                            String target = xml.getAttributeValue(null, "Target");
                            xml.close();
                            return target.startsWith("/") ? target.substring(1) : "xl/" + target;
                        }
                    }
                    xml.close();
                }
            }
        }
        return "xl/worksheets/sheet1.xml";
    }
}
