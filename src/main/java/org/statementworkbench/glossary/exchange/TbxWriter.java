package org.statementworkbench.glossary.exchange;

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.glossary.TermDraft;
import org.statementworkbench.glossary.TermType;

/**
 * Writes concepts as TBX v3, TBX-Basic dialect, DCA style, namespace {@code urn:iso:std:iso:30042:ed-2}: what
 * {@link TbxReader} reads back with nothing lost (ids, subject fields, definitions per language, notes, sources,
 * terms with type, status, part of speech, gender, context and, where it is not the default,
 * case sensitivity as {@code <termNote type="caseSensitivity">}).
 */
public final class TbxWriter {

    static final String NS = "urn:iso:std:iso:30042:ed-2";

    public byte[] write(List<TbxConcept> concepts, String title) {
        var out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("tbx");
            xml.writeDefaultNamespace(NS);
            xml.writeAttribute("type", "TBX-Basic");
            xml.writeAttribute("style", "dca");
            xml.writeAttribute(XMLConstants.XML_NS_URI, "lang", "en");
            xml.writeStartElement("tbxHeader");
            xml.writeStartElement("fileDesc");
            xml.writeStartElement("sourceDesc");
            element(xml, "p", null, title);
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeStartElement("text");
            xml.writeStartElement("body");
            for (TbxConcept concept : concepts) {
                concept(xml, concept);
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write TBX", e);
        }
        return out.toByteArray();
    }

    private static void concept(XMLStreamWriter xml, TbxConcept concept) throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeStartElement("conceptEntry");
        if (concept.id() != null) {
            xml.writeAttribute("id", concept.id());
        }
        for (String subject : concept.subjectFields()) {
            element(xml, "descrip", "subjectField", subject);
        }
        String general = concept.definitions().get("");
        if (general != null) {
            element(xml, "descrip", "definition", general);
        }
        for (String note : concept.notes()) {
            element(xml, "note", null, note);
        }
        for (String source : concept.sources()) {
            xml.writeStartElement("admin");
            xml.writeAttribute("type", "source");
            xml.writeCharacters(source);
            xml.writeEndElement();
        }
        Map<String, List<TermDraft>> byLanguage = new LinkedHashMap<>();
        concept.terms()
                .forEach(t -> byLanguage
                        .computeIfAbsent(t.languageTag(), k -> new java.util.ArrayList<>())
                        .add(t));
        for (var entry : byLanguage.entrySet()) {
            xml.writeStartElement("langSec");
            xml.writeAttribute(XMLConstants.XML_NS_URI, "lang", entry.getKey());
            String definition = concept.definitions().get(entry.getKey());
            if (definition != null) {
                element(xml, "descrip", "definition", definition);
            }
            for (TermDraft term : entry.getValue()) {
                xml.writeStartElement("termSec");
                element(xml, "term", null, term.text());
                element(xml, "termNote", "termType", term.type().tbx());
                element(xml, "termNote", "administrativeStatus", term.status().tbx());
                optional(xml, "termNote", "partOfSpeech", term.partOfSpeech());
                optional(xml, "termNote", "grammaticalGender", term.gender());
                optional(xml, "descrip", "context", term.context());
                if (term.caseSensitive() != (term.type() == TermType.ACRONYM)) {
                    // not a TBX-Basic category: written only where the term differs from the default (acronyms)
                    element(
                            xml,
                            "termNote",
                            "caseSensitivity",
                            term.caseSensitive() ? "caseSensitive" : "caseInsensitive");
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void optional(XMLStreamWriter xml, String name, String type, @Nullable String value)
            throws XMLStreamException {
        if (value != null) {
            element(xml, name, type, value);
        }
    }

    private static void element(XMLStreamWriter xml, String name, @Nullable String type, String text)
            throws XMLStreamException {
        xml.writeStartElement(name);
        if (type != null) {
            xml.writeAttribute("type", type);
        }
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
