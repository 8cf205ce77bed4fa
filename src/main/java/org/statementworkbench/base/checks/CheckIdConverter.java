package org.statementworkbench.base.checks;

import jakarta.persistence.Converter;
import org.statementworkbench.base.TextConverter;

/** Stores a {@link CheckId} as its text, {@code family.name} ({@code term.missing}, {@code lt.<RULE_ID>}). */
@Converter(autoApply = true)
public class CheckIdConverter extends TextConverter<CheckId> {

    public CheckIdConverter() {
        super(CheckId::toString, CheckId::parse);
    }
}
