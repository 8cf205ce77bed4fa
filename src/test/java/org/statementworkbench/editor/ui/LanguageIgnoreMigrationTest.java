package org.statementworkbench.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.statementworkbench.TestData;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.checks.CheckId;
import org.statementworkbench.editor.IgnoreKey;
import org.statementworkbench.editor.IssueIgnore;
import org.statementworkbench.editor.IssueIgnoreService;
import org.statementworkbench.languagecheck.LanguageMatch;
import org.statementworkbench.languagecheck.MatchKind;
import org.statementworkbench.security.Role;
import org.statementworkbench.statement.SegmentStatus;

/**
 * V18 against MariaDB: Flyway ran it with the test context (the old table is gone); its mapping is run again here
 * on rows shaped as V7 stored them (the old table made anew for the test), and the migrated ignores are then read
 * through {@link IssueIgnoreService} and hide the same LanguageTool matches, keyed as the issues panel keys them.
 */
@SpringBootTest
class LanguageIgnoreMigrationTest {

    static final String SOURCE = "The Commission adopted the resolution without a vote.";
    static final String RULE = "FR_SPELLING_RULE";
    static final String OLD_TIME = "2025-03-04 10:15:30.123456";

    @Autowired
    TestData data;

    @Autowired
    IssueIgnoreService ignores;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @AfterEach
    void signOut() {
        TestSignIn.out();
    }

    @Test
    void flywayRanV18AndTheOldTableIsGone() {
        assertThat(jdbc.queryForObject(
                        "select count(*) from flyway_schema_history where version = '18' and success = 1",
                        Integer.class))
                .isOne();
        assertThat(oldTableExists()).isFalse();
    }

    @Test
    void oldIgnoresBecomeIgnoredIssuesThatHideTheSameMatchesWithWhoAndWhen() throws Exception {
        long statementId = data.statement(TestData.unique("Statement by Thailand"))
                .into(UnLanguage.FR, UnLanguage.AR)
                .paragraphs(SOURCE)
                .create();
        long segment = data.asAdmin(() -> data.rows(statementId, UnLanguage.FR))
                .getFirst()
                .segmentId();
        String translator = data.translator(TestData.unique("v18-fr"), "Claire Dubois", UnLanguage.FR);
        TestSignIn.as(translator, Role.TRANSLATOR);
        data.translate(segment, UnLanguage.FR, LanguageCheckViewTest.MISSPELT, SegmentStatus.TRANSLATED);
        String plain = LanguageCheckViewTest.MISSPELT;
        LanguageMatch misspelt = match(RULE, plain, LanguageCheckViewTest.ERROR);
        LanguageMatch typography = match("FR_TYPOGRAPHY", plain, "sans vote");
        // ignored already with a reason: the old row of the same match must not make a second one
        IssueIgnore before = ignores.ignore(
                segment,
                UnLanguage.FR,
                LanguageIgnores.keyOf(typography, plain),
                "Checked against the delegation's delivered text.");

        jdbc.execute("drop table if exists language_ignored_match");
        jdbc.execute("""
                create table language_ignored_match (
                    id           bigint        not null auto_increment,
                    segment_id   bigint        not null,
                    language     varchar(8)    not null,
                    rule_id      varchar(200)  not null,
                    covered_text varchar(1000) not null,
                    ignored_by   varchar(64)   not null,
                    ignored_at   datetime(6)   not null,
                    primary key (id),
                    constraint fk_language_ignored_segment foreign key (segment_id) references segment (id)
                        on delete cascade
                )""");
        String insert = "insert into language_ignored_match (segment_id, language, rule_id, covered_text, ignored_by,"
                + " ignored_at) values (?, ?, ?, ?, ?, ?)";
        jdbc.update(insert, segment, "fr", RULE, LanguageCheckViewTest.ERROR, translator, OLD_TIME);
        jdbc.update(insert, segment, "fr", RULE, LanguageCheckViewTest.ERROR, "someone-else", OLD_TIME);
        jdbc.update(insert, segment, "fr", "FR_TYPOGRAPHY", "sans vote", "someone-else", OLD_TIME);
        jdbc.update(insert, segment, "ar", "HUNSPELL_RULE_AR", "السيبرانية", translator, OLD_TIME);
        jdbc.update(insert, segment, "fr", "_NOT_A_CHECK_NAME", "Commission", translator, OLD_TIME);

        try (Connection c = dataSource.getConnection()) {
            ScriptUtils.executeSqlScript(c, new ClassPathResource("db/migration/V18__one_issue_ignore.sql"));
        }

        assertThat(oldTableExists()).isFalse();
        List<IssueIgnore> french = ignores.ignored(segment, UnLanguage.FR);
        assertThat(french).hasSize(2);
        IssueIgnore migrated =
                french.stream().filter(i -> i.id() != before.id()).findFirst().orElseThrow();
        assertThat(migrated.key())
                .isEqualTo(LanguageIgnores.keyOf(misspelt, plain))
                .isEqualTo(new IgnoreKey(CheckId.languageTool(RULE), LanguageCheckViewTest.ERROR, "", ""));
        assertThat(migrated.reason()).isEqualTo("Ignored before reasons were recorded");
        assertThat(migrated.ignoredBy())
                .as("the earliest row of the same match")
                .isEqualTo(translator);
        assertThat(jdbc.queryForObject(
                        "select count(*) from ignored_issue where id = ? and ignored_at = ?",
                        Integer.class,
                        migrated.id(),
                        OLD_TIME))
                .isOne();
        // the one already ignored keeps its reason
        assertThat(french)
                .filteredOn(i -> i.id() == before.id())
                .singleElement()
                .satisfies(i -> assertThat(i.reason()).isEqualTo("Checked against the delegation's delivered text."));
        assertThat(ignores.ignored(segment, UnLanguage.AR))
                .singleElement()
                .satisfies(i -> assertThat(i.key().check()).isEqualTo(CheckId.languageTool("HUNSPELL_RULE_AR")));

        // the same matches are hidden from the counts and greyed in the issues panel's list, wherever they moved
        assertThat(LanguageIgnores.of(french).visible(List.of(misspelt, typography), plain))
                .isEmpty();
        String moved = "Hier, " + plain;
        LanguageMatch movedMatch = match(RULE, moved, LanguageCheckViewTest.ERROR);
        assertThat(LanguageIgnores.of(french).hides(movedMatch, moved)).isTrue();
        assertThat(LanguageIgnores.of(french).hides(match("FR_AGREEMENT", plain, LanguageCheckViewTest.ERROR), plain))
                .isFalse();
        List<ShownIssue> listed = SegmentIssueList.of(
                UnLanguage.EN, SOURCE, UnLanguage.FR, plain, List.of(), List.of(misspelt, typography), french);
        assertThat(listed)
                .filteredOn(i -> i.family() == IssueFamily.LANGUAGE)
                .hasSize(2)
                .allMatch(ShownIssue::isIgnored);
    }

    private boolean oldTableExists() {
        Integer n = jdbc.queryForObject(
                "select count(*) from information_schema.tables where table_schema = database()"
                        + " and table_name = 'language_ignored_match'",
                Integer.class);
        return n != null && n > 0;
    }

    private static LanguageMatch match(String rule, String text, String covered) {
        int start = text.indexOf(covered);
        int end = start + covered.length();
        return new LanguageMatch(
                LanguageMatch.idOf(rule, start, end, covered),
                rule,
                rule,
                "TYPOS",
                MatchKind.SPELLING,
                start,
                end,
                "Faute de frappe possible trouvée.",
                "Faute de frappe",
                List.of(),
                false);
    }
}
