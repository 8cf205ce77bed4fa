package org.statementworkbench.memory;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLStreamException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.SafeXml;
import org.statementworkbench.base.XmlText;
import org.statementworkbench.qa.QaInputException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Writes an XLIFF back with its empty targets filled from the memory and the matches recorded, everything else left
 * as it was (the JDK's DOM, DTDs and external entities refused; written as UTF-8). The units are those
 * {@link TmInput} read, in the same order: XLIFF 1.2 {@code <trans-unit>}s, XLIFF 2 {@code <segment>}s.
 *
 * <ul>
 *   <li>XLIFF 1.2: an empty or missing {@code <target>} gets the best match, with
 *       {@code state="needs-review-translation"} and {@code state-qualifier="exact-match"} (100 and 101) or
 *       {@code "fuzzy-match"}; each match becomes an {@code <alt-trans match-quality="…" origin="…">} with its source
 *       and target, after the target.
 *   <li>XLIFF 2: an empty or missing {@code <target>} gets the best match; the segment's {@code state} becomes
 *       {@code translated} for an exact match and stays {@code initial} for a fuzzy one (XLIFF 2 has no
 *       "needs review" state: a fuzzy suggestion is not a translation yet). The matches go into the Translation
 *       Candidates module, {@code <mtc:matches>} first in the unit, each {@code <mtc:match ref="#segment"
 *       matchQuality similarity origin>} ({@code type="icm"}, in-context, for 101, which the module's 0-100 scale
 *       writes as 100); a segment without an id gets one, since {@code ref} must point at it.
 * </ul>
 *
 * A target that has text (or inline codes) is never changed, nor a unit marked {@code translate="no"} (on itself, a
 * group or the file). A match whose target holds a TMX inline code
 * placeholder is recorded but not filled in: the file's own codes cannot be matched to the memory's.
 */
final class XliffPretranslation {

    static final String XLIFF_1 = "urn:oasis:names:tc:xliff:document:1.2";
    static final String MATCHES = "urn:oasis:names:tc:xliff:matches:2.0";

    /** What was done: targets filled, targets left as they were although a match was found. */
    record Outcome(byte[] xliff, int filled, int kept) {}

    private XliffPretranslation() {}

    static Outcome fill(byte[] content, String name, List<List<MemoryMatch>> matches, int minScore) {
        Document doc = parse(content, name);
        Element root = doc.getDocumentElement();
        if (!root.getLocalName().equals("xliff")) {
            throw new QaInputException(
                    name + ": --format xlf writes XLIFF back; the input is <" + root.getLocalName() + ">, not XLIFF");
        }
        String ns = root.getNamespaceURI();
        boolean v2 = String.valueOf(root.getAttribute("version")).startsWith("2")
                || (ns != null && ns.contains(":xliff:document:2"));
        List<Element> units = v2 ? elements(root, "segment", "unit") : elements(root, "trans-unit", null);
        if (units.size() != matches.size()) {
            throw new QaInputException(name + ": " + units.size() + " units found for writing, " + matches.size()
                    + " read: the XLIFF cannot be written back");
        }
        int filled = 0;
        int kept = 0;
        for (int i = 0; i < units.size(); i++) {
            List<MemoryMatch> found =
                    matches.get(i).stream().filter(m -> m.score() >= minScore).toList();
            Element unit = units.get(i);
            if (found.isEmpty() || notToTranslate(unit)) {
                continue;
            }
            boolean done = v2 ? fill2(unit, found) : fill12(unit, found);
            if (done) {
                filled++;
            } else if (!TmxInline.hasPlaceholder(found.getFirst().target())) {
                kept++;
            }
        }
        if (v2 && root.lookupPrefix(MATCHES) == null) {
            root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:mtc", MATCHES);
        }
        return new Outcome(write(doc), filled, kept);
    }

    private static boolean fill12(Element transUnit, List<MemoryMatch> found) {
        Element source = child(transUnit, "source");
        Element after = child(transUnit, "seg-source");
        after = after == null ? source : after;
        Element target = child(transUnit, "target");
        MemoryMatch best = found.getFirst();
        boolean filled = false;
        if ((target == null || isEmpty(target)) && !TmxInline.hasPlaceholder(best.target())) {
            if (target == null) {
                target = sibling(transUnit, after, "target");
            }
            target.setTextContent(TmReport.plain(best.target()));
            target.setAttribute("state", "needs-review-translation");
            target.setAttribute("state-qualifier", best.score() >= MemoryMatch.EXACT ? "exact-match" : "fuzzy-match");
            filled = true;
        }
        Element last = target == null ? after : target;
        for (MemoryMatch match : found) {
            Element alt = sibling(transUnit, last, "alt-trans");
            alt.setAttribute("match-quality", Integer.toString(match.score()));
            alt.setAttribute("origin", match.memory());
            text(alt, "source", match.source());
            text(alt, "target", match.target());
            last = alt;
        }
        return filled;
    }

    private static boolean fill2(Element segment, List<MemoryMatch> found) {
        Element unit = (Element) segment.getParentNode();
        Element target = child(segment, "target");
        MemoryMatch best = found.getFirst();
        boolean filled = false;
        if ((target == null || isEmpty(target)) && !TmxInline.hasPlaceholder(best.target())) {
            if (target == null) {
                target = sibling(segment, child(segment, "source"), "target");
            }
            target.setTextContent(TmReport.plain(best.target()));
            segment.setAttribute("state", best.score() >= MemoryMatch.EXACT ? "translated" : "initial");
            filled = true;
        }
        String id = segment.getAttribute("id");
        if (id.isEmpty()) {
            id = freeId(unit);
            segment.setAttribute("id", id);
        }
        Element matches = null;
        for (Node n = unit.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e
                    && MATCHES.equals(e.getNamespaceURI())
                    && e.getLocalName().equals("matches")) {
                matches = e;
            }
        }
        Document doc = unit.getOwnerDocument();
        if (matches == null) {
            matches = doc.createElementNS(MATCHES, "mtc:matches");
            Node first = firstElement(unit);
            Node indent = first == null ? null : first.getPreviousSibling();
            unit.insertBefore(matches, first);
            if (indent != null && isBlankText(indent)) {
                unit.insertBefore(indent.cloneNode(false), first);
            }
        }
        for (MemoryMatch m : found) {
            Element match = doc.createElementNS(MATCHES, "mtc:match");
            match.setAttribute("ref", "#" + id);
            String quality = Integer.toString(Math.min(m.score(), MemoryMatch.EXACT));
            match.setAttribute("matchQuality", quality);
            match.setAttribute("similarity", quality);
            match.setAttribute("origin", m.memory());
            if (m.score() == MemoryMatch.IN_CONTEXT) {
                match.setAttribute("type", "icm");
            }
            for (String part : List.of("source", "target")) {
                Element e = doc.createElementNS(unit.getNamespaceURI(), qualified(unit, part));
                e.setTextContent(TmReport.plain(part.equals("source") ? m.source() : m.target()));
                match.appendChild(e);
            }
            matches.appendChild(match);
        }
        return filled;
    }

    /** Whether the unit, or a group or file around it, says {@code translate="no"}: then it is left alone. */
    private static boolean notToTranslate(Element unit) {
        for (Node n = unit; n instanceof Element e; n = n.getParentNode()) {
            if (e.getAttribute("translate").equals("no")) {
                return true;
            }
        }
        return false;
    }

    /** An id for a segment that no element of the unit has. */
    private static String freeId(Element unit) {
        Set<String> used = new HashSet<>();
        NodeList all = unit.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            used.add(((Element) all.item(i)).getAttribute("id"));
        }
        int n = 1;
        while (used.contains("tm" + n)) {
            n++;
        }
        return "tm" + n;
    }

    /** The elements of that local name in document order; with a parent name, only those under such a parent. */
    private static List<Element> elements(Element root, String local, @Nullable String parent) {
        List<Element> found = new ArrayList<>();
        NodeList all = root.getElementsByTagNameNS("*", local);
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.getNamespaceURI() != null && !e.getNamespaceURI().equals(root.getNamespaceURI())) {
                continue;
            }
            if (parent == null || e.getParentNode().getLocalName().equals(parent)) {
                found.add(e);
            }
        }
        return found;
    }

    private static @Nullable Element child(Element parent, String local) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e
                    && e.getLocalName().equals(local)
                    && java.util.Objects.equals(e.getNamespaceURI(), parent.getNamespaceURI())) {
                return e;
            }
        }
        return null;
    }

    private static @Nullable Element firstElement(Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        return null;
    }

    /** A new element of the parent's namespace right after {@code after}, indented as {@code after} is. */
    private static Element sibling(Element parent, @Nullable Element after, String local) {
        Element created = parent.getOwnerDocument().createElementNS(parent.getNamespaceURI(), qualified(parent, local));
        Node next = after == null ? parent.getFirstChild() : after.getNextSibling();
        Node indent = after == null ? null : after.getPreviousSibling();
        if (indent != null && isBlankText(indent)) {
            parent.insertBefore(indent.cloneNode(false), next);
        }
        parent.insertBefore(created, next);
        return created;
    }

    private static void text(Element parent, String local, String marked) {
        Element e = parent.getOwnerDocument().createElementNS(parent.getNamespaceURI(), qualified(parent, local));
        e.setTextContent(TmReport.plain(marked));
        parent.appendChild(e);
    }

    private static String qualified(Element like, String local) {
        return like.getPrefix() == null ? local : like.getPrefix() + ":" + local;
    }

    private static boolean isBlankText(Node node) {
        return node.getNodeType() == Node.TEXT_NODE && node.getTextContent().isBlank();
    }

    /** No text and no inline element. */
    private static boolean isEmpty(Element target) {
        for (Node n = target.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element || !n.getTextContent().isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static Document parse(byte[] content, String name) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler()); // no "[Fatal Error]" on stderr
            // a DOCTYPE naming the XLIFF DTD is accepted as the input reader accepts it (SafeXml), and dropped
            return builder.parse(new InputSource(new StringReader(SafeXml.withoutDoctype(XmlText.decode(content)))));
        } catch (XMLStreamException e) {
            throw new QaInputException(name + ": " + SafeXml.refusal(e).orElse(String.valueOf(e.getMessage())), e);
        } catch (ParserConfigurationException | IOException e) {
            throw new IllegalStateException(e);
        } catch (SAXException | IllegalArgumentException e) {
            throw new QaInputException(
                    name + ": " + String.valueOf(e.getMessage()).replaceAll("\\s+", " "), e);
        }
    }

    private static byte[] write(Document doc) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            var out = new StringWriter();
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return out.append('\n').toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
        }
    }
}
