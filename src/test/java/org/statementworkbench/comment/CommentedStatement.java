package org.statementworkbench.comment;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.statementworkbench.TestData;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.CsvFormulaGuard;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.security.Role;

/**
 * The statement and the people of the comment tests, set up one way: a French translator, a Spanish colleague and a
 * reviewer of both, and Thailand's statement into Arabic, French, Spanish and Russian in three segments ("Mr. Chair,",
 * the pledge, "Thank you."; the last two in one paragraph, so that they can be merged). {@link #create} leaves the
 * translator signed in.
 */
public record CommentedStatement(String tag, String translator, String colleague, String reviewer, long statementId) {

    public static final String PLEDGE = "Thailand pledges its commitment to tackle cybercrime.";
    public static final List<String> PARAGRAPHS = List.of("Mr. Chair,", PLEDGE + " Thank you.");

    /** Creates the people (user names {@code prefix-tr-tag}, {@code -co-}, {@code -rv-}) and the statement. */
    public static CommentedStatement create(TestData data, String prefix) {
        String tag = TestData.tag(prefix.charAt(0));
        String translator = data.translator(prefix + "-tr-" + tag, "Claire Dubois", UnLanguage.FR);
        String colleague = data.translator(prefix + "-co-" + tag, "Pablo Ortega", UnLanguage.ES);
        String reviewer = data.reviewer(prefix + "-rv-" + tag, "Jean Martin", UnLanguage.FR, UnLanguage.ES);
        long statementId = data.statement(title(tag))
                .into(UnLanguage.AR, UnLanguage.FR, UnLanguage.ES, UnLanguage.RU)
                .paragraphs(PARAGRAPHS)
                .create();
        TestSignIn.as(translator, Role.TRANSLATOR);
        return new CommentedStatement(tag, translator, colleague, reviewer, statementId);
    }

    private static String title(String tag) {
        return "Statement by Thailand " + tag;
    }

    public String title() {
        return title(tag);
    }

    /** The rows of a comments CSV ({@link CommentService#exportCsv}), read by its header with Commons CSV. */
    public static List<CSVRecord> csvRows(String csv) {
        try (CSVParser parser = CSVParser.parse(
                new StringReader(csv),
                CsvFormulaGuard.FORMAT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get())) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
