package org.statementworkbench.statement;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.statementworkbench.base.UnLanguage;

/**
 * The demo statement (Thailand, CCPCJ 31, cybercrime) with draft translations into the five other UN
 * languages. Loaded on the first start of the embedded database only.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "workbench.demo-data", havingValue = "true")
class DemoStatement implements ApplicationRunner {

    static final String RESOURCE = "/demo/thailand-ccpcj31-cybercrime.%s.txt";
    static final String TITLE = "Thematic discussion on countering cybercrime: statement by Thailand";
    static final String DRAFTED_BY = "demo";

    private static final Logger log = LoggerFactory.getLogger(DemoStatement.class);

    private final StatementRepository statements;
    private final SegmentRepository segments;
    private final SegmentTranslationRepository translations;
    private final SegmentRevisionRepository revisions;

    DemoStatement(
            StatementRepository statements,
            SegmentRepository segments,
            SegmentTranslationRepository translations,
            SegmentRevisionRepository revisions) {
        this.statements = statements;
        this.segments = segments;
        this.translations = translations;
        this.revisions = revisions;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (statements.count() > 0) {
            return;
        }
        Map<UnLanguage, AlignedText> texts = readAll();
        AlignedText source = version(texts, UnLanguage.EN);
        EnumSet<UnLanguage> targets = EnumSet.complementOf(EnumSet.of(UnLanguage.EN));
        var statement = new Statement(TITLE, UnLanguage.EN, targets);
        statement.describe(new StatementDetails(
                null,
                "Commission on Crime Prevention and Criminal Justice",
                "thirty-first session",
                "5. Thematic discussion on countering cybercrime, including the abuse and exploitation of minors "
                        + "in illegal activities with the use of the Internet",
                "Mr. Triyarith Temahivong, Director-General, Department of Special Investigation, Ministry of Justice",
                "Thailand",
                null));
        statements.save(statement);
        Instant now = Instant.now();
        for (int i = 0; i < source.lines().size(); i++) {
            AlignedText.Line line = source.lines().get(i);
            var segment = new Segment(statement, i + 1, line.paragraph(), line.text());
            // In the demo files a paragraph's lines are sentences, except in the title blocks, whose lines end
            // without sentence punctuation (after a closing ** or *): those were line breaks in the original.
            segment.setLineBreakBefore(i > 0
                    && source.lines().get(i - 1).paragraph() == line.paragraph()
                    && !source.lines().get(i - 1).text().matches(".*[.!?,:;]$"));
            segments.save(segment);
            for (UnLanguage target : targets) {
                var translation = new SegmentTranslation(segment, target);
                String text = version(texts, target).lines().get(i).text();
                translation.update(text, SegmentStatus.DRAFT, DRAFTED_BY, now);
                translations.save(translation);
                revisions.save(new SegmentRevision(
                        java.util.Objects.requireNonNull(translation.getId()),
                        1,
                        text,
                        SegmentStatus.DRAFT,
                        DRAFTED_BY,
                        now,
                        null));
            }
        }
        log.info(
                "Loaded the demo statement: {} segments, draft translations into {}",
                source.lines().size(),
                targets);
    }

    /** All six versions, checked to be aligned with the English source. */
    static Map<UnLanguage, AlignedText> readAll() {
        Map<UnLanguage, AlignedText> texts = new EnumMap<>(UnLanguage.class);
        for (UnLanguage language : UnLanguage.values()) {
            texts.put(language, AlignedText.parse(read(language)));
        }
        AlignedText source = version(texts, UnLanguage.EN);
        for (UnLanguage language : List.of(UnLanguage.values())) {
            source.requireAlignedWith(version(texts, language), "Demo statement (" + language.code() + ")");
        }
        return texts;
    }

    /** One language's version; {@link #readAll()} reads all six. */
    private static AlignedText version(Map<UnLanguage, AlignedText> texts, UnLanguage language) {
        return java.util.Objects.requireNonNull(texts.get(language), () -> "no demo text in " + language.code());
    }

    private static String read(UnLanguage language) {
        String name = RESOURCE.formatted(language.code());
        try (InputStream in = DemoStatement.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
