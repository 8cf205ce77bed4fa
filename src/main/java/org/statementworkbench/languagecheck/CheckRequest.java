package org.statementworkbench.languagecheck;

import java.util.Objects;
import org.statementworkbench.base.UnLanguage;

/** One text of a batch check, under a key of the caller's choosing (e.g. segment id and language). */
public record CheckRequest(String key, UnLanguage language, String text, RuleSettings settings) {

    public CheckRequest {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(settings, "settings");
    }
}
