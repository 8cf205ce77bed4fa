package org.statementworkbench.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.statement.importing.ImportedDocument;
import org.statementworkbench.statement.importing.ImportedParagraph;
import org.statementworkbench.statement.importing.TextRun;

/** Import = segment + store, on MariaDB: one transaction, formatting kept, bad input stores nothing. */
@SpringBootTest
class StatementImportServiceTest {

    @Autowired
    StatementImportService importService;

    @Autowired
    TranslationService translationService;

    @Autowired
    JdbcTemplate jdbc;

    static final NewStatement DETAILS = new NewStatement(
            "Statement by Thailand on countering cybercrime",
            new StatementDetails(
                    "E/CN.15/2022/L.5/Rev.1",
                    "Commission on Crime Prevention and Criminal Justice",
                    "thirty-first session",
                    "5",
                    "Mr. Triyarith Temahivong",
                    "Thailand",
                    null),
            UnLanguage.EN,
            EnumSet.of(UnLanguage.AR, UnLanguage.ZH, UnLanguage.FR, UnLanguage.RU, UnLanguage.ES));

    static ImportedDocument demoOpening() {
        return new ImportedDocument(List.of(
                new ImportedParagraph(List.of(TextRun.plain("THAILAND"))),
                new ImportedParagraph(List.of(
                        new TextRun("Delivered by Mr. Triyarith Temahivong\nMinistry of Justice", false, true))),
                new ImportedParagraph(List.of(TextRun.plain("Mr. Chair,"))),
                new ImportedParagraph(List.of(TextRun.plain("Thailand pledges its commitment to tackle cybercrime. "
                        + "Cybercrime is not only a threat to people's lives, but it is also a borderless form of "
                        + "crime that compromises the security of societies. The Commission noted document "
                        + "E/CN.15/2022/L.5/Rev.1, para. 5.")))));
    }

    private int segmentCount() {
        return jdbc.queryForObject("select count(*) from segment", Integer.class);
    }

    @Test
    @WithMockUser(username = "import-admin", roles = "ADMIN")
    void aStatementIsSegmentedPerParagraphWithItsFormattingAndStored() {
        long id = importService.importStatement(DETAILS, demoOpening(), null);

        List<SegmentRow> rows = translationService.rows(id, UnLanguage.FR, SegmentQuery.all(), 0, 100);
        assertThat(rows)
                .extracting(SegmentRow::source)
                .containsExactly(
                        "THAILAND",
                        "*Delivered by Mr. Triyarith Temahivong*",
                        "*Ministry of Justice*",
                        "Mr. Chair,",
                        "Thailand pledges its commitment to tackle cybercrime.",
                        "Cybercrime is not only a threat to people's lives, but it is also a borderless form of crime that "
                                + "compromises the security of societies.",
                        "The Commission noted document E/CN.15/2022/L.5/Rev.1, para. 5.");
        assertThat(rows).extracting(SegmentRow::paragraph).containsExactly(1, 2, 2, 3, 4, 4, 4);
        assertThat(rows).allMatch(r -> r.target().version() == TranslationState.UNSAVED_VERSION);
    }

    @Test
    @WithMockUser(username = "import-admin", roles = "ADMIN")
    void progressIsReportedUpToTheEnd() {
        List<Double> reported = new ArrayList<>();
        importService.importStatement(DETAILS, demoOpening(), reported::add);
        assertThat(reported).isNotEmpty().isSorted();
        assertThat(reported.getLast()).isEqualTo(1.0);
    }

    @Test
    @WithMockUser(username = "import-admin", roles = "ADMIN")
    void badInputStoresNothing() {
        int before = segmentCount();
        int statementsBefore = jdbc.queryForObject("select count(*) from statement", Integer.class);
        var tooLong = new ImportedDocument(List.of(
                new ImportedParagraph(List.of(TextRun.plain("Fine."))),
                new ImportedParagraph(List.of(TextRun.plain("x".repeat(Segment.TEXT_MAX_LENGTH + 10))))));
        assertThatThrownBy(() -> importService.importStatement(DETAILS, tooLong, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Paragraph 2");
        assertThatThrownBy(() -> importService.importStatement(DETAILS, new ImportedDocument(List.of()), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no text");
        var sameLanguage = new NewStatement("Bad", UnLanguage.EN, EnumSet.of(UnLanguage.EN, UnLanguage.FR));
        assertThatThrownBy(() -> importService.importStatement(sameLanguage, demoOpening(), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("source language");
        assertThat(segmentCount()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from statement", Integer.class))
                .isEqualTo(statementsBefore);
    }

    @Test
    @WithMockUser(username = "import-translator", roles = "TRANSLATOR")
    void onlyAdministratorsImport() {
        int before = segmentCount();
        assertThatThrownBy(() -> importService.importStatement(DETAILS, demoOpening(), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(segmentCount()).isEqualTo(before);
    }
}
