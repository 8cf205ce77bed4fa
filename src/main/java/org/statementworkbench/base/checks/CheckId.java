package org.statementworkbench.base.checks;

import java.util.regex.Pattern;

/**
 * The stable id of a check: a family ({@code term}, {@code lt} for LanguageTool, later {@code number}, {@code punct}, ...)
 * and a name within it, written {@code family.name}. Families are lower-case words; names keep the case their source
 * gives them (LanguageTool's rule ids are upper case) and may contain dots.
 */
public record CheckId(String family, String name) implements Comparable<CheckId> {

    /** The family of LanguageTool's rules: {@code lt.<RULE_ID>}. */
    public static final String LANGUAGE_TOOL = "lt";

    /** The family of the terminology checks: {@code term.missing}, {@code term.forbidden}, ... */
    public static final String TERMINOLOGY = "term";

    private static final Pattern FAMILY = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]*");

    public CheckId {
        if (!FAMILY.matcher(family).matches()) {
            throw new IllegalArgumentException("A check family is lower-case words with dashes, not '" + family + "'");
        }
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a check name: '" + name + "'");
        }
    }

    /** Reads {@code family.name}; the family ends at the first dot. */
    public static CheckId parse(String id) {
        int dot = id.indexOf('.');
        if (dot <= 0 || dot == id.length() - 1) {
            throw new IllegalArgumentException("A check id is family.name, not '" + id + "'");
        }
        return new CheckId(id.substring(0, dot), id.substring(dot + 1));
    }

    /** A check of the terminology family, e.g. {@code term("missing")} is {@code term.missing}. */
    public static CheckId term(String name) {
        return new CheckId(TERMINOLOGY, name);
    }

    /** The check id of a LanguageTool rule: {@code lt.<RULE_ID>}. */
    public static CheckId languageTool(String ruleId) {
        return new CheckId(LANGUAGE_TOOL, ruleId);
    }

    public boolean isIn(String family) {
        return this.family.equals(family);
    }

    @Override
    public int compareTo(CheckId other) {
        return toString().compareTo(other.toString());
    }

    /** {@code family.name}, as stored and shown in reports. */
    @Override
    public String toString() {
        return family + "." + name;
    }
}
