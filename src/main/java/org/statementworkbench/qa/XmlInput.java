package org.statementworkbench.qa;

import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.statementworkbench.base.SafeXml;
import org.statementworkbench.base.XmlText;

/**
 * Secure streaming XML for the XLIFF and TMX readers, on {@link SafeXml}: a DOCTYPE naming an external DTD is
 * accepted and never read, internal DTD subsets and entities are refused; the encoding is the one the XML
 * declaration names (UTF-8 if none); every error names the file and line.
 */
final class XmlInput {

    /** Inline codes whose content is native markup, not text: dropped (XLIFF 1.2, TMX; empty in XLIFF 2). */
    private static final Set<String> CODES =
            Set.of("ph", "bpt", "ept", "it", "ut", "sc", "ec", "sm", "em", "x", "bx", "ex");

    private final XMLStreamReader xml;
    private final String name;

    private XmlInput(XMLStreamReader xml, String name) {
        this.xml = xml;
        this.name = name;
    }

    static XmlInput open(byte[] content, String name) {
        String text;
        try {
            text = XmlText.decode(content);
        } catch (IllegalArgumentException e) {
            throw new QaInputException(name + ": " + e.getMessage(), e);
        }
        try {
            return new XmlInput(SafeXml.open(text), name);
        } catch (XMLStreamException e) {
            throw failure(name, e);
        }
    }

    /** The local name of the root element. */
    static String rootElement(byte[] content, String name) {
        XmlInput in = open(content, name);
        while (in.next() != XMLStreamConstants.START_ELEMENT) {
            if (in.xml().getEventType() == XMLStreamConstants.END_DOCUMENT) {
                throw new QaInputException(name + ": the file has no XML element");
            }
        }
        return in.xml().getLocalName();
    }

    XMLStreamReader xml() {
        return xml;
    }

    boolean hasNext() {
        try {
            return xml.hasNext();
        } catch (XMLStreamException e) {
            throw failure(name, e);
        }
    }

    /** The next event; entity references are errors ({@link SafeXml}). */
    int next() {
        try {
            return xml.next();
        } catch (XMLStreamException e) {
            throw failure(name, e);
        }
    }

    /**
     * The text of the current element, read to its end: text inside inline markup ({@code <g>}, {@code <pc>},
     * {@code <mrk>}, {@code <hi>}) is kept, codes and placeholders are dropped, {@code <cp hex>} gives its character.
     */
    String text() {
        var out = new StringBuilder();
        int depth = 1;
        int dropped = 0;
        while (depth > 0) {
            int event = next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (dropped == 0) {
                        out.append(xml.getText());
                    }
                }
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    if (dropped > 0 || CODES.contains(xml.getLocalName())) {
                        dropped++;
                    } else if (xml.getLocalName().equals("cp")) {
                        codePoint(out, xml.getAttributeValue(null, "hex"));
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    if (dropped > 0) {
                        dropped--;
                    }
                }
                case XMLStreamConstants.END_DOCUMENT -> throw error("the file ends inside an element");
                default -> {}
            }
        }
        return out.toString();
    }

    private void codePoint(StringBuilder out, String hex) {
        try {
            out.appendCodePoint(Integer.parseInt(String.valueOf(hex), 16));
        } catch (IllegalArgumentException e) {
            throw error("<cp hex=\"" + hex + "\"> is not a hexadecimal code point");
        }
    }

    int line() {
        return xml.getLocation() == null ? -1 : xml.getLocation().getLineNumber();
    }

    QaInputException error(String message) {
        int line = line();
        return new QaInputException(name + (line > 0 ? ": line " + line : "") + ": " + message);
    }

    private static QaInputException failure(String name, XMLStreamException e) {
        int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
        String problem = SafeXml.refusal(e).orElseGet(() -> parserProblem(e));
        return new QaInputException(
                name + (line > 0 ? ": line " + line : "") + ": " + problem.replaceAll("\\s+", " "), e);
    }

    /** The parser's complaint, in the command's words. */
    private static String parserProblem(XMLStreamException e) {
        String m = String.valueOf(e.getMessage())
                .replaceAll("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ", "");
        if (m.contains("Invalid byte")
                || m.contains("Invalid UTF-8")
                || m.contains("MalformedByteSequence")
                || m.contains("Invalid encoding")) {
            return "the file is not in the encoding its XML declaration names (UTF-8 if none)";
        }
        if (m.contains("XML document structures must start and end")
                || m.contains("end of file")
                || m.contains("Premature end")) {
            return "the file ends before the document is complete: it looks truncated";
        }
        if (m.contains("entity")) {
            return "entities are not allowed: " + m.strip();
        }
        return "not well-formed XML: " + m.strip();
    }
}
