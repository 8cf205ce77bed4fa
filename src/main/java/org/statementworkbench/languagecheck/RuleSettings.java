package org.statementworkbench.languagecheck;

import java.util.Set;
import java.util.TreeSet;

/**
 * The LanguageTool rules switched off for one check beyond the UN style profile: the union of the rules an
 * administrator switched off globally for the language and those a reviewer switched off for the statement. Part
 * of the result cache key.
 */
public record RuleSettings(Set<String> disabledRules) {

    public static final RuleSettings DEFAULT = new RuleSettings(Set.of());

    public RuleSettings {
        disabledRules = Set.copyOf(disabledRules);
    }

    /** A stable text of these settings, for cache keys and logs. */
    public String key() {
        return String.join(",", new TreeSet<>(disabledRules));
    }

    public RuleSettings plus(Set<String> moreDisabled) {
        var all = new TreeSet<>(disabledRules);
        all.addAll(moreDisabled);
        return new RuleSettings(all);
    }
}
