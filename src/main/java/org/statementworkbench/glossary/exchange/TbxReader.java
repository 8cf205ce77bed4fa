package org.statementworkbench.glossary.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.SafeXml;
import org.statementworkbench.base.XmlText;
import org.statementworkbench.glossary.TermDraft;

/**
 * Reads TBX v3 (TBX-Basic/TBX-Core/TBX-Min, namespaces {@code urn:iso:std:iso:30042:ed-2} and {@code ed:3.0}) and
 * TBX v2 ({@code martif}, {@code termEntry}/{@code langSet}/{@code tig}/{@code ntig}) into concepts. Streaming
 * (StAX), so large files stay cheap. Every error names the line, and the element or value at fault. XML hardening
 * is {@link SafeXml}'s (a DOCTYPE naming an external DTD is accepted and never read; internal DTD subsets, entity
 * declarations and entity references are refused); each term group's data categories are checked by
 * {@link TbxTermGroup}.
 *
 * <p>TBX v3 comes in two styles (ISO 30042:2019): DCA, where a data category is an attribute
 * ({@code <termNote type="administrativeStatus">}), and DCT, where it is an element of its module's namespace
 * ({@code <min:administrativeStatus>}, {@code <basic:termType>}); both are read alike, with TBX-Min's status
 * values (notRecommended: deprecated, obsolete: superseded). Language tags are normalised ({@link LanguageTags}:
 * en-US is en). Data categories the glossary has no place for (transaction history, customer subsets, graphics,
 * notes on terms, ...) are counted in {@link GlossaryFileContent#notImported()}, never dropped silently.
 */
public final class TbxReader {

    static final Set<String> TBX3_NAMESPACES = Set.of("urn:iso:std:iso:30042:ed-2", "urn:iso:std:iso:30042:ed:3.0");
    public static final int MAX_BYTES = 200 * 1024 * 1024;

    public List<TbxConcept> read(byte[] content) {
        return readFile(content).concepts();
    }

    /** The concepts, and what the file holds that the glossary has no place for. */
    public GlossaryFileContent readFile(byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new GlossaryImportException("The file is larger than " + MAX_BYTES / (1024 * 1024) + " MB.");
        }
        String text;
        try {
            text = XmlText.decode(content);
        } catch (IllegalArgumentException e) {
            throw new GlossaryImportException(e.getMessage() + ". Nothing was imported.", e);
        }
        try {
            return SafeXml.read(text, xml -> {
                Parse parse = new Parse(xml);
                return new GlossaryFileContent(parse.run(), parse.notImported);
            });
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            throw new GlossaryImportException(
                    describe(e) + (line > 0 ? " (line " + line + ")" : "") + ". Nothing was imported.", e);
        }
    }

    private static String describe(XMLStreamException e) {
        var refusal = SafeXml.refusal(e);
        if (refusal.isPresent()) {
            String problem = refusal.get();
            return Character.toUpperCase(problem.charAt(0)) + problem.substring(1);
        }
        String m = String.valueOf(e.getMessage());
        if (m.contains("XML document structures must start and end")
                || m.contains("end of file")
                || m.contains("Premature end")) {
            return "The file ends before the TBX is complete: it looks truncated";
        }
        if (m.contains("entity")) {
            return "The file uses an entity, which is not allowed in an imported glossary";
        }
        return "The file is not well-formed XML: "
                + m.replaceAll("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ", "");
    }

    /** One pass over the document. */
    private static final class Parse {
        private final XMLStreamReader xml;
        private final List<TbxConcept> concepts = new ArrayList<>();
        private boolean v2;
        // current concept
        private @Nullable String conceptId;
        private final List<String> subjects = new ArrayList<>();
        private final Map<String, String> definitions = new LinkedHashMap<>();
        private final List<String> notes = new ArrayList<>();
        private final List<String> sources = new ArrayList<>();
        private final List<TermDraft> terms = new ArrayList<>();
        private final Map<String, Integer> notImported = new LinkedHashMap<>();
        private boolean inConcept;
        private @Nullable String language;
        private @Nullable String languagePartOfSpeech;
        private @Nullable TbxTermGroup term;

        Parse(XMLStreamReader xml) {
            this.xml = xml;
        }

        List<TbxConcept> run() throws XMLStreamException {
            boolean root = true;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (root) {
                        checkRoot();
                        root = false;
                    } else {
                        start(xml.getLocalName(), xml.getNamespaceURI());
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    end(xml.getLocalName());
                }
            }
            if (root) {
                throw error("The file has no TBX content");
            }
            return concepts;
        }

        private void checkRoot() {
            String name = xml.getLocalName();
            String ns = xml.getNamespaceURI();
            if (name.equals("tbx") && ns != null && TBX3_NAMESPACES.contains(ns)) {
                v2 = false;
            } else if (name.equals("martif")) {
                v2 = true;
            } else {
                throw error("The root element <" + name + "> in namespace '" + (ns == null ? "" : ns)
                        + "' is not TBX v3 (<tbx> in " + String.join(" or ", TBX3_NAMESPACES)
                        + ") or TBX v2 (<martif>)");
            }
        }

        /** A core TBX element by its name; an element of another namespace (DCT style) is a data category. */
        private void start(String name, @Nullable String ns) throws XMLStreamException {
            if (ns != null && !ns.isEmpty() && !TBX3_NAMESPACES.contains(ns)) {
                category(name, text());
                return;
            }
            switch (name) {
                case "tbxHeader", "martifHeader", "back" -> text(); // about the file, not glossary data
                case "conceptEntry", "termEntry" -> beginConcept();
                case "langSec", "langSet" -> {
                    String tag = attribute(XMLConstants.XML_NS_URI, "lang");
                    language = tag == null ? null : LanguageTags.normalized(tag);
                    languagePartOfSpeech = null;
                }
                case "termSec", "tig", "ntig" ->
                    term = new TbxTermGroup(xml.getLocation().getLineNumber());
                case "term" -> {
                    String value = text();
                    if (term != null) {
                        term.text(value);
                    }
                }
                case "termNote", "descrip", "admin" -> {
                    String type = xml.getAttributeValue(null, "type");
                    category(type == null ? name + " without a type" : type, text());
                }
                case "note" -> note(text());
                case "transacGrp" -> {
                    text();
                    notImported("transaction history (transacGrp)");
                }
                case "text", "body", "descripGrp", "adminGrp", "termNoteGrp", "termGrp" -> {}
                default -> {
                    text();
                    notImported(name);
                }
            }
        }

        /** One data category, whether written as an attribute (DCA) or as an element (DCT). */
        private void category(String type, String value) {
            switch (type) {
                case "subjectField" -> subjects.add(value);
                case "definition" -> definitions.put(language == null ? "" : language, value);
                case "source" -> sources.add(value);
                case "partOfSpeech" -> {
                    if (term != null) {
                        term.category(type, value);
                    } else if (language != null) {
                        languagePartOfSpeech = value; // TBX-Min: the default of the language section's terms
                    } else {
                        notImported("partOfSpeech outside a language section");
                    }
                }
                default -> {
                    if (!TbxTermGroup.CATEGORIES.contains(type)) {
                        notImported(type);
                    } else if (term != null) {
                        term.category(type, value);
                    } else {
                        notImported(type + " outside a term");
                    }
                }
            }
        }

        private void note(String value) {
            if (term != null) {
                notImported("note on a term");
            } else if (language != null) {
                notImported("note on a language section");
            } else if (inConcept) {
                notes.add(value);
            } else {
                notImported("note outside a concept");
            }
        }

        private void notImported(String what) {
            notImported.merge(what, 1, Integer::sum);
        }

        private void end(String name) {
            switch (name) {
                case "termSec", "tig", "ntig" -> {
                    if (term != null) {
                        terms.add(term.term(language, v2 ? "langSet" : "langSec", languagePartOfSpeech));
                        term = null;
                    }
                }
                case "langSec", "langSet" -> {
                    language = null;
                    languagePartOfSpeech = null;
                }
                case "conceptEntry", "termEntry" -> endConcept();
                default -> {}
            }
        }

        private void beginConcept() {
            inConcept = true;
            conceptId = xml.getAttributeValue(null, "id");
            subjects.clear();
            definitions.clear();
            notes.clear();
            sources.clear();
            terms.clear();
        }

        private void endConcept() {
            if (terms.isEmpty()) {
                throw error("Concept " + (conceptId == null ? "" : "'" + conceptId + "' ") + "has no terms");
            }
            concepts.add(new TbxConcept(conceptId, subjects, definitions, notes, sources, terms));
            inConcept = false;
        }

        /** The text content of the current element (inline markup inside it contributes its text). */
        private String text() throws XMLStreamException {
            var out = new StringBuilder();
            int depth = 1;
            while (depth > 0) {
                int event = xml.next();
                switch (event) {
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        out.append(xml.getText());
                    case XMLStreamConstants.START_ELEMENT -> depth++;
                    case XMLStreamConstants.END_ELEMENT -> depth--;
                    default -> {}
                }
            }
            return out.toString().strip().replaceAll("\\s+", " ");
        }

        private @Nullable String attribute(String ns, String name) {
            String v = xml.getAttributeValue(ns, name);
            return v == null ? null : v.strip();
        }

        private GlossaryImportException error(String message) {
            int line = xml.getLocation() == null ? -1 : xml.getLocation().getLineNumber();
            String where = message.contains("line ") || line <= 0 ? "" : " (line " + line + ")";
            return new GlossaryImportException(message + where + ". Nothing was imported.");
        }
    }
}
