package org.statementworkbench.qa;

import java.util.Map;
import org.statementworkbench.base.UnLanguage;

/**
 * One translation unit of a bilingual file: its id (TSV line number, XLIFF unit id with "/segment" for multi-segment
 * units, TMX tuid or position) and its plain source and target text (inline codes dropped; empty target =
 * untranslated). Issue spans are offsets into these texts. A multilingual file (TMX) may give the unit's translations
 * into other UN languages too ({@code others}, not reported on): the cross-target checks compare the target with them.
 */
public record QaUnit(String id, String source, String target, Map<UnLanguage, String> others) {

    public QaUnit {
        others = Map.copyOf(others);
    }

    /** A unit of a bilingual file: no other translations. */
    public QaUnit(String id, String source, String target) {
        this(id, source, target, Map.of());
    }
}
