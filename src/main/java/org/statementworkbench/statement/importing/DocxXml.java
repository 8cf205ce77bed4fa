package org.statementworkbench.statement.importing;

import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Small helpers for WordprocessingML elements in the DOM view POI gives of its XML. */
final class DocxXml {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private DocxXml() {}

    static boolean isW(Node node) {
        return node.getNodeType() == Node.ELEMENT_NODE && W.equals(node.getNamespaceURI());
    }

    static boolean is(@Nullable Node node, String localName) {
        return node != null && isW(node) && localName.equals(node.getLocalName());
    }

    static @Nullable Node child(@Nullable Node parent, String localName) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (is(n, localName)) {
                return n;
            }
        }
        return null;
    }

    /** A w: attribute of the element, or null if absent (or the element is null). */
    static @Nullable String attribute(@Nullable Node element, String localName) {
        if (!(element instanceof Element e) || !e.hasAttributeNS(W, localName)) {
            return null;
        }
        return e.getAttributeNS(W, localName);
    }

    /** An on/off property such as w:b: on unless w:val says false, 0 or off. */
    static boolean onOff(Element element) {
        String value = attribute(element, "val");
        return value == null || !(value.equals("0") || value.equals("false") || value.equals("off"));
    }
}
