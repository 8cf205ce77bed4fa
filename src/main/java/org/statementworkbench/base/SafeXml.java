package org.statementworkbench.base;

import java.io.Reader;
import java.io.StringReader;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import org.jspecify.annotations.Nullable;

/**
 * The one way the workbench reads untrusted XML (TMX, TBX, XLIFF): the JDK's StAX parser with DTD support, external
 * entities and entity replacement off, namespace aware, and one DOCTYPE and entity policy.
 *
 * <ul>
 *   <li>A DOCTYPE that only names an external DTD ({@code <!DOCTYPE tmx SYSTEM "tmx14.dtd">}, or {@code PUBLIC "..."
 *       "..."}) is accepted and never fetched or read: OmegaT, Translate Toolkit, the LISA kit and TBX/XLIFF tools
 *       write such lines.
 *   <li>A DOCTYPE with an internal subset ({@code [ ... ]}), hence any {@code <!ENTITY} declaration, is refused
 *       before the parser sees the document.
 *   <li>An entity reference other than the five predefined ones ({@code &amp;} ...) and character references
 *       ({@code &#160;}) is refused, in text and in attribute values.
 * </ul>
 *
 * <p>The accepted DOCTYPE line is found and blanked (spaces, line breaks kept, so lines and columns stay true) before
 * parsing, rather than left to the parser: with DTD support off the JDK parser still reads the declaration, garbles
 * the text of a DOCTYPE with entity declarations ({@code <!DOCTYPE]>}) and, once a DOCTYPE names an external DTD,
 * silently drops an undeclared entity reference in an attribute value instead of failing. Without a DOCTYPE it
 * fails on such a reference, and reports one in text as an {@code ENTITY_REFERENCE} event, which the returned reader
 * refuses. A refusal is a {@link Refused} ({@link XMLStreamException}), so callers keep their own exception types
 * and message style and take the one-line problem from {@link #refusal}.
 *
 * <p>Callers decode the bytes first ({@link XmlText}, strict about the declared encoding) and keep their own size
 * limits. XML 1.1 is read as the JDK parser reads it: accepted, as the three readers always accepted it.
 */
public final class SafeXml {

    private static final Set<String> PREDEFINED = Set.of("amp", "lt", "gt", "quot", "apos");

    private static final String LITERAL = "(?:\"[^\"]*\"|'[^']*')";

    /** {@code <!DOCTYPE name [SYSTEM lit | PUBLIC lit lit]} then {@code >} or the {@code [} of an internal subset. */
    private static final Pattern DOCTYPE = Pattern.compile("\\G<!DOCTYPE\\s+([^\\s\\[>\"']+)(?:\\s+(?:SYSTEM\\s+"
            + LITERAL + "|PUBLIC\\s+" + LITERAL + "\\s+" + LITERAL + "))?\\s*([\\[>])");

    private static final Pattern SUBSET_END = Pattern.compile("]\\s*>");

    private static final Pattern ENTITY_DECLARATION = Pattern.compile("<!ENTITY\\s+(%\\s+)?([^\\s\"'>]*)");

    /** The JDK parser's message for an undeclared entity referenced in an attribute value. */
    private static final Pattern UNDECLARED =
            Pattern.compile("The entity \"([^\"]*)\" was referenced, but not declared");

    private SafeXml() {}

    /**
     * A streaming reader of the document (already decoded, see {@link XmlText#decode}).
     *
     * @throws Refused if the document's DOCTYPE has an internal subset or is not well-formed; later, from
     *     {@code next()}, {@code nextTag()} or {@code getElementText()}, on an entity reference
     * @throws XMLStreamException if the parser cannot start on the document
     */
    public static XMLStreamReader open(String document) throws XMLStreamException {
        String head = blankedHead(document);
        if (head == null) {
            return parse(new StringReader(document));
        }
        var rest = new StringReader(document);
        try {
            rest.skip(head.length());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a StringReader does not fail", e);
        }
        return parse(new Prefixed(head, rest));
    }

    /** Characters of a streamed document read ahead for its prolog: the DOCTYPE must end within them. */
    static final int PROLOG_CHARS = 1 << 16;

    /**
     * A streaming reader of a document read from {@code text} as the parser asks for it (a file too large to hold as
     * a string, decoded by {@link XmlText#reader}): the same policy as {@link #open(String)}, the DOCTYPE looked for
     * in the first {@link #PROLOG_CHARS} characters (a DOCTYPE not ended by then is refused as not well-formed).
     * Closing the returned reader does not close {@code text}.
     *
     * @throws Refused as {@link #open(String)}
     * @throws XMLStreamException if the parser cannot start on the document or the text cannot be read
     */
    public static XMLStreamReader open(Reader text) throws XMLStreamException {
        char[] buffer = new char[PROLOG_CHARS];
        int length = 0;
        try {
            for (int n; length < buffer.length && (n = text.read(buffer, length, buffer.length - length)) >= 0; ) {
                length += n;
            }
        } catch (java.io.IOException e) {
            throw new XMLStreamException(e.getMessage(), e);
        }
        String prolog = new String(buffer, 0, length);
        String head = blankedHead(prolog);
        String start = head == null ? prolog : head + prolog.substring(head.length());
        return parse(new Prefixed(start, text));
    }

    private static XMLStreamReader parse(Reader text) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory(); // the JDK's, as tested, whatever the classpath
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external resources are never read (" + systemId + ")");
        });
        return new Guarded(factory.createXMLStreamReader(text));
    }

    /** What reads a document from an open {@link #open} reader. */
    @FunctionalInterface
    public interface Body<T> {
        T read(XMLStreamReader xml) throws XMLStreamException;
    }

    /**
     * Opens the document ({@link #open}), reads it with {@code body} and closes the reader, also when reading fails.
     *
     * @throws XMLStreamException from {@link #open} or {@code body}: the caller words it for its file type
     */
    public static <T> T read(String document, Body<T> body) throws XMLStreamException {
        return read(open(document), body);
    }

    /** As {@link #read(String, Body)}, the document streamed from {@code text} ({@link #open(Reader)}). */
    public static <T> T read(Reader text, Body<T> body) throws XMLStreamException {
        return read(open(text), body);
    }

    private static <T> T read(XMLStreamReader xml, Body<T> body) throws XMLStreamException {
        try {
            return body.read(xml);
        } finally {
            try {
                xml.close();
            } catch (XMLStreamException ignored) {
                // already failing or finished
            }
        }
    }

    /**
     * The one-line problem (lower case, no final period) when the exception is a refusal by this policy, or the
     * parser's refusal of an undeclared entity in an attribute value; empty for any other XML error.
     */
    public static Optional<String> refusal(XMLStreamException e) {
        if (e instanceof Refused refused) {
            return Optional.of(refused.problem());
        }
        Matcher m = UNDECLARED.matcher(String.valueOf(e.getMessage()));
        return m.find() ? Optional.of(entityReference(m.group(1))) : Optional.empty();
    }

    /**
     * The document with an accepted DOCTYPE declaration blanked out (line breaks kept), for a DOM parser that refuses
     * every DOCTYPE ({@code disallow-doctype-decl}) to read what {@link #open} reads.
     *
     * @throws Refused for a DOCTYPE with an internal subset or one that is not well-formed
     */
    public static String withoutDoctype(String document) throws Refused {
        String head = blankedHead(document);
        return head == null ? document : head + document.substring(head.length());
    }

    /**
     * The document's start up to the end of its accepted DOCTYPE, the DOCTYPE blanked; null if it has none. Only the
     * prolog is copied: a TMX of 100 MB is not copied again for its DOCTYPE line.
     *
     * @throws Refused for a DOCTYPE with an internal subset or one that is not well-formed
     */
    private static @Nullable String blankedHead(String document) throws Refused {
        int at = doctypeStart(document);
        if (at < 0) {
            return null;
        }
        Matcher m = DOCTYPE.matcher(document);
        if (!m.find(at)) {
            throw new Refused(
                    "the DOCTYPE declaration is not well-formed: only <!DOCTYPE name SYSTEM \"...\"> or"
                            + " <!DOCTYPE name PUBLIC \"...\" \"...\"> (an external DTD, never read) is accepted",
                    document,
                    at);
        }
        if (m.group(2).equals("[")) {
            Matcher subsetEnd = SUBSET_END.matcher(document);
            Matcher entity = ENTITY_DECLARATION
                    .matcher(document)
                    .region(m.end(), subsetEnd.find(m.end()) ? subsetEnd.end() : document.length());
            if (entity.find()) {
                String name = (entity.group(1) == null ? "" : "% ") + entity.group(2);
                throw new Refused(
                        "the DOCTYPE declares an entity (<!ENTITY " + name + " ...>) in an internal DTD subset:"
                                + " entity declarations are not allowed",
                        document,
                        entity.start());
            }
            throw new Refused(
                    "the DOCTYPE has an internal DTD subset (<!DOCTYPE " + m.group(1) + " [ ... ]>), which is not"
                            + " allowed; a DOCTYPE may only name an external DTD (SYSTEM or PUBLIC), which is never"
                            + " read",
                    document,
                    at);
        }
        var out = new StringBuilder(document.substring(0, m.end()));
        for (int i = at; i < m.end(); i++) {
            char c = out.charAt(i);
            if (c != '\n' && c != '\r') {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }

    /** Where the prolog's DOCTYPE declaration starts (after the XML declaration, comments, PIs), or -1. */
    private static int doctypeStart(String document) {
        int i = 0;
        int n = document.length();
        while (i < n) {
            char c = document.charAt(i);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\uFEFF') {
                i++;
            } else if (document.startsWith("<!--", i)) {
                int end = document.indexOf("-->", i + 4);
                if (end < 0) {
                    return -1; // the parser reports the unclosed comment
                }
                i = end + 3;
            } else if (document.startsWith("<?", i)) {
                int end = document.indexOf("?>", i + 2);
                if (end < 0) {
                    return -1;
                }
                i = end + 2;
            } else {
                return document.startsWith("<!DOCTYPE", i) ? i : -1;
            }
        }
        return -1;
    }

    private static String entityReference(String name) {
        return "the entity reference &" + name + "; is not allowed: use a character reference such as &#160; or"
                + " one of &amp; &lt; &gt; &quot; &apos;";
    }

    /** {@code rest} read after {@code start}. */
    private static final class Prefixed extends Reader {

        private final String start;
        private final Reader rest;
        private int position;

        Prefixed(String start, Reader rest) {
            this.start = start;
            this.rest = rest;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws java.io.IOException {
            if (length == 0) {
                return 0;
            }
            if (position < start.length()) {
                int n = Math.min(length, start.length() - position);
                start.getChars(position, position + n, buffer, offset);
                position += n;
                return n;
            }
            return rest.read(buffer, offset, length);
        }

        @Override
        public void close() {}
    }

    /** A document this policy refuses; {@link #problem()} says why in one line. */
    public static final class Refused extends XMLStreamException {

        private final String problem;

        Refused(String problem, @Nullable Location location) {
            super(problem);
            this.problem = problem;
            this.location = location;
        }

        Refused(String problem, String document, int offset) {
            this(problem, location(document, offset));
        }

        /** The problem, one line, lower case, without a final period. */
        public String problem() {
            return problem;
        }

        private static Location location(String document, int offset) {
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < offset; i++) {
                if (document.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            return new TextLocation(line, offset - lineStart + 1, offset);
        }
    }

    private record TextLocation(int getLineNumber, int getColumnNumber, int getCharacterOffset) implements Location {
        @Override
        public @Nullable String getPublicId() {
            return null;
        }

        @Override
        public @Nullable String getSystemId() {
            return null;
        }
    }

    /** The parser's reader, refusing entity references and any DTD event that would still reach it. */
    private static final class Guarded extends StreamReaderDelegate {

        Guarded(XMLStreamReader reader) {
            super(reader);
        }

        @Override
        public int next() throws XMLStreamException {
            int event = super.next();
            if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                String name = getLocalName();
                if (!PREDEFINED.contains(name)) {
                    throw new Refused(entityReference(name), getLocation());
                }
            } else if (event == XMLStreamConstants.DTD) {
                throw new Refused("a DOCTYPE is only allowed before the root element", getLocation());
            }
            return event;
        }

        /** As StAX specifies it, but through {@link #next()}, so entity references are refused here too. */
        @Override
        public int nextTag() throws XMLStreamException {
            int event = next();
            while (event == XMLStreamConstants.SPACE
                    || event == XMLStreamConstants.COMMENT
                    || event == XMLStreamConstants.PROCESSING_INSTRUCTION
                    || (event == XMLStreamConstants.CHARACTERS && isWhiteSpace())
                    || (event == XMLStreamConstants.CDATA && isWhiteSpace())) {
                event = next();
            }
            if (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT) {
                throw new XMLStreamException("expected a start or end tag", getLocation());
            }
            return event;
        }

        /** As StAX specifies it, but through {@link #next()}, so entity references are refused here too. */
        @Override
        public String getElementText() throws XMLStreamException {
            if (getEventType() != XMLStreamConstants.START_ELEMENT) {
                throw new XMLStreamException("getElementText() needs a start tag", getLocation());
            }
            var out = new StringBuilder();
            while (true) {
                int event = next();
                switch (event) {
                    case XMLStreamConstants.END_ELEMENT -> {
                        return out.toString();
                    }
                    case XMLStreamConstants.CHARACTERS,
                            XMLStreamConstants.CDATA,
                            XMLStreamConstants.SPACE,
                            XMLStreamConstants.ENTITY_REFERENCE -> out.append(getText());
                    case XMLStreamConstants.PROCESSING_INSTRUCTION, XMLStreamConstants.COMMENT -> {}
                    case XMLStreamConstants.END_DOCUMENT ->
                        throw new XMLStreamException("the document ends inside an element", getLocation());
                    case XMLStreamConstants.START_ELEMENT ->
                        throw new XMLStreamException(
                                "element text only was expected, but <" + getLocalName() + "> starts here",
                                getLocation());
                    default -> throw new XMLStreamException("unexpected XML event " + event, getLocation());
                }
            }
        }
    }
}
