package org.statementworkbench.languagecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.glossary.GlossaryFiles;

class CheckResultCacheTest {

    private static CheckResultCache.Key key(String text) {
        return CheckResultCache.Key.of(UnLanguage.FR, text, RuleSettings.DEFAULT);
    }

    @Test
    void keepsAtMostItsCapacityAndCountsHitsMissesAndEvictions() {
        var cache = new CheckResultCache(2);
        for (String text : List.of("un", "deux", "trois", "quatre")) {
            cache.put(key(text), List.of(), GlossaryMatchFilter.NONE);
        }
        assertThat(cache.size()).isLessThanOrEqualTo(2);
        assertThat(cache.stats().evictionCount()).isGreaterThanOrEqualTo(2);
        int found = 0;
        for (String text : List.of("un", "deux", "trois", "quatre", "cinq")) {
            found += cache.get(key(text), GlossaryMatchFilter.NONE) != null ? 1 : 0;
        }
        assertThat(found).isEqualTo((int) cache.size());
        assertThat(cache.hits()).isEqualTo(found);
        assertThat(cache.misses()).isEqualTo(5 - found);
    }

    @Test
    void aResultOfAnotherGlossaryRevisionIsSettledAgainNotServedAsIs() throws IOException {
        String text = "Le Conseil lutte contre la cybercriminalité.";
        int start = text.indexOf("cybercriminalité");
        var misspelling = new LanguageMatch(
                "m1",
                "HUNSPELL_RULE",
                "Spelling",
                "TYPOS",
                MatchKind.SPELLING,
                start,
                start + "cybercriminalité".length(),
                "Possible spelling mistake",
                "",
                List.of(),
                false);
        var cache = new CheckResultCache(10);
        assertThat(cache.put(key(text), List.of(misspelling), GlossaryMatchFilter.NONE))
                .containsExactly(misspelling);
        GlossaryMatchFilter withGlossary = GlossaryMatchFilter.of(
                7, GlossaryFiles.read(Files.readAllBytes(Path.of("glossary", "un-glossary.csv")), "un-glossary.csv"));
        // the approved term settles the match under revision 7; the cached result of revision -1 is not served
        assertThat(cache.get(key(text), withGlossary)).isEmpty();
        assertThat(cache.get(key(text), GlossaryMatchFilter.NONE)).containsExactly(misspelling);
        assertThat(cache.hits()).isEqualTo(2);
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void capacityZeroCachesNothing() {
        var cache = new CheckResultCache(0);
        cache.put(key("rien"), List.of(), GlossaryMatchFilter.NONE);
        assertThat(cache.get(key("rien"), GlossaryMatchFilter.NONE)).isNull();
    }
}
