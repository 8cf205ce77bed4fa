package org.statementworkbench.base.checks;

import jakarta.persistence.Converter;
import org.statementworkbench.base.TextConverter;

/** Stores a {@link Severity} as its {@link Severity#label() label}: {@code error}, {@code warning}, {@code info}. */
@Converter(autoApply = true)
public class SeverityConverter extends TextConverter<Severity> {

    public SeverityConverter() {
        super(Severity::label, Severity::fromLabel);
    }
}
