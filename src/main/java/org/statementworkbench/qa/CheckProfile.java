package org.statementworkbench.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.checks.CheckId;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.base.checks.Severity;

/**
 * Which checks run on a statement and how severe their findings are: a {@link Level} per check family ({@code number},
 * {@code punct}, ...) or per check id ({@code number.mismatch}); an id's setting wins over its family's. A check with
 * no setting keeps the severity it reports, so the empty profile is the UN default ({@link #UN_DEFAULT}: every check
 * on, today's severities). LanguageTool's family is {@code lt}, as in its check ids.
 */
public record CheckProfile(Map<String, Level> settings) {

    /** Every family a profile may set, in the order the dialog shows them. */
    public static final List<String> FAMILIES = List.of(
            "number",
            "symbol",
            "punct",
            "space",
            "text",
            "marker",
            "inconsistent",
            "cross-target",
            CheckId.TERMINOLOGY,
            CheckId.LANGUAGE_TOOL);

    /** The UN default: every check on, at the severity it reports. */
    public static final CheckProfile UN_DEFAULT = new CheckProfile(Map.of());

    /** What a setting makes of a check's findings: a severity, or none at all ({@link #OFF}: it does not run). */
    public enum Level {
        ERROR,
        WARNING,
        INFO,
        OFF;

        /** The severity findings get, or null when the check is off. */
        public @Nullable Severity severity() {
            return this == OFF ? null : Severity.valueOf(name());
        }

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Level of(Severity severity) {
            return valueOf(severity.name());
        }

        /** Reads {@link #label()} (any case); a clear message for anything else. */
        public static Level fromLabel(String label) {
            for (Level l : values()) {
                if (l.label().equalsIgnoreCase(label.strip())) {
                    return l;
                }
            }
            throw new IllegalArgumentException("A check level is error, warning, info or off, not '" + label + "'.");
        }
    }

    /** Checks every key: a family of {@link #FAMILIES} or a check id in one of them. */
    public CheckProfile {
        for (String key : settings.keySet()) {
            requireKey(key);
        }
        settings = Map.copyOf(settings);
    }

    /** Throws a clear message unless {@code key} is a known family or a check id of one. */
    public static String requireKey(String key) {
        String family = key.contains(".") ? CheckId.parse(key).family() : key;
        if (!FAMILIES.contains(family)) {
            throw new IllegalArgumentException(
                    "'" + key + "' is not a check family or a check id of one (" + String.join(", ", FAMILIES) + ").");
        }
        return key;
    }

    /** This profile with {@code key} set to {@code level}, or back to its default when {@code level} is null. */
    public CheckProfile with(String key, @Nullable Level level) {
        Map<String, Level> changed = new TreeMap<>(settings);
        if (level == null) {
            changed.remove(requireKey(key));
        } else {
            changed.put(requireKey(key), level);
        }
        return new CheckProfile(changed);
    }

    /** The setting of a family or check id, null when it has none. */
    public @Nullable Level setting(String key) {
        return settings.get(key);
    }

    /** Whether any check of the family may report: false only when the family is off and none of its ids is on. */
    public boolean runs(String family) {
        if (settings.get(family) != Level.OFF) {
            return true;
        }
        return settings.entrySet().stream()
                .anyMatch(e -> e.getKey().startsWith(family + ".") && e.getValue() != Level.OFF);
    }

    /** The families of {@code families} that run under this profile, in their order. */
    public List<String> running(List<String> families) {
        return families.stream().filter(this::runs).toList();
    }

    /** The severity an issue of {@code check} reported as {@code reported} has here; null when it is off. */
    public @Nullable Severity severityOf(CheckId check, Severity reported) {
        Level level = settings.get(check.toString());
        if (level == null) {
            level = settings.get(check.family());
        }
        return level == null ? reported : level.severity();
    }

    /** The issues without the switched-off checks', the others at the severity this profile gives them. */
    public List<Issue> apply(List<Issue> issues) {
        if (settings.isEmpty()) {
            return issues;
        }
        List<Issue> kept = new ArrayList<>(issues.size());
        for (Issue i : issues) {
            Severity severity = severityOf(i.check(), i.severity());
            if (severity == i.severity()) {
                kept.add(i);
            } else if (severity != null) {
                kept.add(new Issue(i.check(), severity, i.message(), i.source(), i.target(), i.subject()));
            }
        }
        return kept;
    }
}
