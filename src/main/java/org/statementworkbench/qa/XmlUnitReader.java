package org.statementworkbench.qa;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the translation units of a bilingual XML file ({@link XliffInput}, {@link TmxInput}) in one pass: each
 * element's start and end, by local name, goes to the subclass, which adds the units it completes.
 */
abstract class XmlUnitReader {

    final XmlInput in;
    final XMLStreamReader xml;
    final String name;
    final String sourceLanguage;
    final String targetLanguage;
    final List<QaUnit> units = new ArrayList<>();

    XmlUnitReader(byte[] content, String name, String sourceLanguage, String targetLanguage) {
        this.in = XmlInput.open(content, name);
        this.xml = in.xml();
        this.name = name;
        this.sourceLanguage = sourceLanguage;
        this.targetLanguage = targetLanguage;
    }

    /** The units of the whole file, in order. */
    List<QaUnit> read() {
        while (in.hasNext()) {
            int event = in.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                start(xml.getLocalName());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                end(xml.getLocalName());
            }
        }
        return units;
    }

    /** An element starts; {@link XmlInput#text()} reads its text to its end. */
    abstract void start(String element);

    abstract void end(String element);
}
