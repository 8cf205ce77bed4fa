package org.statementworkbench.qa;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * XLIFF 1.2 ({@code trans-unit} with {@code source}/{@code target}; {@code alt-trans} proposals are skipped) and
 * XLIFF 2.x ({@code unit}/{@code segment}; {@code ignorable} is skipped). The unit id is the trans-unit or unit id;
 * a 2.x unit of several segments gives one unit per segment, "unit/segment" (the segment's id, else its position).
 * Languages the file declares (file source-language/target-language, xliff srcLang/trgLang) must match the
 * requested ones.
 */
final class XliffInput {

    private final XmlInput in;
    private final XMLStreamReader xml;
    private final String name;
    private final List<QaUnit> units = new ArrayList<>();
    private boolean v2;
    private int positions;
    private @Nullable String unitId;
    private final List<String[]> segments = new ArrayList<>();
    private int altTrans;
    private boolean inSegment;
    private @Nullable String segmentId;
    private @Nullable String source;
    private @Nullable String target;

    private XliffInput(byte[] content, String name) {
        this.in = XmlInput.open(content, name);
        this.xml = in.xml();
        this.name = name;
    }

    static List<QaUnit> read(byte[] content, String name, String sourceLanguage, String targetLanguage) {
        return new XliffInput(content, name).run(sourceLanguage, targetLanguage);
    }

    private List<QaUnit> run(String sourceLanguage, String targetLanguage) {
        while (in.hasNext()) {
            int event = in.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                start(xml.getLocalName(), sourceLanguage, targetLanguage);
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                end(xml.getLocalName());
            }
        }
        return units;
    }

    private void start(String element, String sourceLanguage, String targetLanguage) {
        switch (element) {
            case "xliff" -> {
                String version = String.valueOf(xml.getAttributeValue(null, "version"));
                String ns = String.valueOf(xml.getNamespaceURI());
                v2 = version.startsWith("2") || ns.contains(":xliff:document:2");
                if (v2) {
                    languages(
                            xml.getAttributeValue(null, "srcLang"),
                            xml.getAttributeValue(null, "trgLang"),
                            sourceLanguage,
                            targetLanguage,
                            "srcLang/trgLang");
                }
            }
            case "file" -> {
                if (!v2) {
                    languages(
                            xml.getAttributeValue(null, "source-language"),
                            xml.getAttributeValue(null, "target-language"),
                            sourceLanguage,
                            targetLanguage,
                            "source-language/target-language");
                }
            }
            case "trans-unit", "unit" -> {
                positions++;
                String id = xml.getAttributeValue(null, "id");
                unitId = id == null || id.isBlank() ? String.valueOf(positions) : id;
                segments.clear();
                source = null;
                target = null;
            }
            case "alt-trans", "ignorable" -> altTrans++;
            case "segment" -> {
                inSegment = true;
                segmentId = xml.getAttributeValue(null, "id");
                source = null;
                target = null;
            }
            case "source", "target" -> {
                boolean ours = unitId != null && altTrans == 0 && (!v2 || inSegment);
                if (ours) {
                    String text = in.text();
                    if (element.equals("source")) {
                        source = text;
                    } else {
                        target = text;
                    }
                }
            }
            default -> {}
        }
    }

    private void end(String element) {
        switch (element) {
            case "alt-trans", "ignorable" -> altTrans--;
            case "segment" -> {
                inSegment = false;
                String id = segmentId == null || segmentId.isBlank() ? String.valueOf(segments.size() + 1) : segmentId;
                segments.add(new String[] {id, source == null ? "" : source, target == null ? "" : target});
            }
            case "trans-unit", "unit" -> {
                String id = String.valueOf(unitId);
                if (!v2) {
                    if (source == null) {
                        throw in.error("<trans-unit id=\"" + id + "\"> has no <source>");
                    }
                    units.add(new QaUnit(id, source, target == null ? "" : target));
                } else if (segments.size() == 1) {
                    units.add(new QaUnit(id, segments.getFirst()[1], segments.getFirst()[2]));
                } else {
                    segments.forEach(s -> units.add(new QaUnit(id + "/" + s[0], s[1], s[2])));
                }
                unitId = null;
            }
            default -> {}
        }
    }

    private void languages(
            @Nullable String source,
            @Nullable String target,
            String wantedSource,
            String wantedTarget,
            String attributes) {
        boolean sourceOk = source == null || source.isBlank() || LanguageTags.matches(source, wantedSource);
        boolean targetOk = target == null || target.isBlank() || LanguageTags.matches(target, wantedTarget);
        if (!sourceOk || !targetOk) {
            throw in.error("the XLIFF is " + (source == null ? "?" : source) + " to " + (target == null ? "?" : target)
                    + " (" + attributes + "), not " + wantedSource + " to " + wantedTarget + " as asked");
        }
    }
}
