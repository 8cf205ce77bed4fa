package org.statementworkbench.statement.segmentation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import net.loomchild.segment.srx.LanguageMap;
import net.loomchild.segment.srx.SrxDocument;
import net.loomchild.segment.srx.io.Srx2SaxParser;
import org.statementworkbench.base.UnLanguage;

/**
 * The SRX documents the segmenter runs on: LanguageTool's {@code segment.srx} and our UN overlay. SRX applies the
 * first rule that matches at a position, so merging puts every overlay language map in front of LanguageTool's.
 */
final class SegmentationRules {

    static final String LANGUAGETOOL_SRX = "/org/languagetool/resource/segment.srx";
    static final String UN_OVERLAY_SRX = "/segmentation/un-overlay.srx";

    private SegmentationRules() {}

    /** LanguageTool's rules alone, as LanguageTool's own sentence tokenizer uses them. */
    static SrxDocument languageTool() {
        return parse(LANGUAGETOOL_SRX);
    }

    /** The UN overlay's rules first, then LanguageTool's, cascading (every matching language map applies). */
    static SrxDocument withUnOverlay() {
        SrxDocument merged = new SrxDocument(true);
        for (SrxDocument document : new SrxDocument[] {parse(UN_OVERLAY_SRX), languageTool()}) {
            for (LanguageMap map : document.getLanguageMapList()) {
                merged.addLanguageMap(map.getLanguagePattern().pattern(), map.getLanguageRule());
            }
        }
        return merged;
    }

    /**
     * The code the SRX language maps are matched against. A bare code such as "en" selects the language's rules
     * without LanguageTool's "_one"/"_two" line-break rules: the segmenter splits lines itself.
     */
    static String languageCode(UnLanguage language) {
        return language.code();
    }

    private static SrxDocument parse(String resource) {
        try (InputStream in = SegmentationRules.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("SRX resource missing from the class path: " + resource);
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            return new Srx2SaxParser(Map.of(Srx2SaxParser.VALIDATE_PARAMETER, true)).parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read SRX rules " + resource, e);
        }
    }
}
