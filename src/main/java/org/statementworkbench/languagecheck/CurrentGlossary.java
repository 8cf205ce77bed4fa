package org.statementworkbench.languagecheck;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementworkbench.glossary.ApprovedGlossary;
import org.statementworkbench.glossary.GlossarySnapshot;

/**
 * The glossary filter checks are settled with, built once per revision from the {@link ApprovedGlossary}'s snapshot
 * (as the snapshot is published, before checks are handed it). From the moment a change is announced, checks wait
 * for the new revision (on check threads, never on the caller's), so a check never uses a glossary older than the
 * latest announced change; if loading fails, the last loaded glossary stays in use.
 */
final class CurrentGlossary {

    private static final Logger log = LoggerFactory.getLogger(CurrentGlossary.class);

    private final ApprovedGlossary glossary;
    private volatile GlossaryMatchFilter filter = GlossaryMatchFilter.NONE;

    CurrentGlossary(ApprovedGlossary glossary) {
        this.glossary = glossary;
    }

    /** Builds the filter of a newly published snapshot. */
    void prepare(GlossarySnapshot snapshot) {
        filterOf(snapshot);
    }

    /** The filter to use now, waiting up to {@code wait} for a load in progress (then the last loaded one). */
    GlossaryMatchFilter now(Duration wait) {
        return filterOf(glossary.now(wait));
    }

    /** The filter, if no load is in progress and it is built; null otherwise. */
    @Nullable
    GlossaryMatchFilter ifLoaded() {
        GlossarySnapshot loaded = glossary.ifLoaded();
        GlossaryMatchFilter f = filter;
        return loaded != null && f.revision() == loaded.revision() ? f : null;
    }

    private GlossaryMatchFilter filterOf(GlossarySnapshot snapshot) {
        GlossaryMatchFilter f = filter;
        if (f.revision() == snapshot.revision()) {
            return f;
        }
        synchronized (this) {
            f = filter;
            if (f.revision() == snapshot.revision()) {
                return f;
            }
            try {
                long start = System.nanoTime();
                GlossaryMatchFilter built = GlossaryMatchFilter.of(snapshot);
                log.info(
                        "LanguageTool matches settled against glossary revision {} (built in {} ms)",
                        snapshot.revision(),
                        (System.nanoTime() - start) / 1_000_000);
                if (snapshot.revision() > f.revision()) {
                    filter = built;
                }
                return built;
            } catch (RuntimeException e) {
                log.error("Building the glossary filter failed; revision {} stays in use", f.revision(), e);
                return f;
            }
        }
    }
}
