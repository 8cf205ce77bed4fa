package org.statementworkbench.statement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.statementworkbench.Application;
import org.statementworkbench.TestDatabaseInitializer;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.bench.Benchmarks.Benchmark;
import org.statementworkbench.security.NewUser;
import org.statementworkbench.security.Role;
import org.statementworkbench.security.UserService;

/**
 * The editor's performance targets on a 4,000-segment statement, on the embedded H2 and on MariaDB: import
 * (parse + segment + store) <= 5 s, opening the editor <= 300 ms, saving a segment <= 30 ms p95. Each is measured
 * beside a plain-JDBC baseline doing the bare storage work in the same run.
 */
public final class EditorBenchmarks {

    enum Db {
        H2,
        MARIADB
    }

    private static final Map<Db, Fixture> fixtures = new EnumMap<>(Db.class);

    private EditorBenchmarks() {}

    public static List<Supplier<Benchmark>> all() {
        List<Supplier<Benchmark>> list = new ArrayList<>();
        for (Db db : Db.values()) {
            list.add(() -> importBenchmark(db));
            list.add(() -> openBenchmark(db));
            list.add(() -> saveBenchmark(db));
        }
        return list;
    }

    /** A running workbench on one database, with a translator and a 4,000-segment statement. */
    record Fixture(ConfigurableApplicationContext context, String markdown, long statementId) {

        <T> T bean(Class<T> type) {
            return context.getBean(type);
        }

        JdbcTemplate jdbc() {
            return bean(JdbcTemplate.class);
        }
    }

    static synchronized Fixture fixture(Db db) {
        return fixtures.computeIfAbsent(db, d -> {
            var app = new SpringApplicationBuilder(Application.class)
                    .initializers(new TestDatabaseInitializer())
                    .properties("spring.main.banner-mode=off");
            // Command-line arguments outrank application.properties (server.port=8080 there).
            ConfigurableApplicationContext context = app.run(
                    "--server.port=0",
                    "--logging.level.root=WARN",
                    "--vaadin.productionMode=true",
                    "--workbench.test.database=" + (d == Db.H2 ? "h2" : "mariadb"));
            signIn("bench-admin", Role.ADMIN);
            String translator = "bench-translator-" + d.name().toLowerCase();
            if (context.getBean(UserService.class).listUsers().stream()
                    .noneMatch(u -> u.username().equals(translator))) {
                context.getBean(UserService.class)
                        .createUser(new NewUser(
                                translator,
                                "Bench Translator",
                                "bench-secret-2026",
                                Set.of(Role.TRANSLATOR),
                                EnumSet.allOf(UnLanguage.class)));
            }
            String markdown = statementOf(4000);
            long id = importStatement(context, markdown);
            System.err.printf(
                    "%s: benchmark statement has %d segments%n",
                    d,
                    context.getBean(JdbcTemplate.class)
                            .queryForObject("select count(*) from segment where statement_id = ?", Integer.class, id));
            return new Fixture(context, markdown, id);
        });
    }

    static void signIn(String username, Role role) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        username, null, List.of(new SimpleGrantedAuthority(role.authority()))));
    }

    static long importStatement(ConfigurableApplicationContext context, String markdown) {
        signIn("bench-admin", Role.ADMIN);
        var service = context.getBean(StatementImportService.class);
        return service.importStatement(
                new NewStatement("Benchmark statement", UnLanguage.EN, EnumSet.complementOf(EnumSet.of(UnLanguage.EN))),
                service.readPasted(markdown),
                null);
    }

    /** The demo statement's English paragraphs, repeated until the text has {@code segments} sentences. */
    static String statementOf(int segments) {
        String demo;
        try (var in = EditorBenchmarks.class.getResourceAsStream("/demo/thailand-ccpcj31-cybercrime.en.txt")) {
            demo = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> paragraphs = new ArrayList<>();
        for (String p : demo.split("\\n\\s*\\n")) {
            paragraphs.add(p.strip().replace("\n", " "));
        }
        var segmenter = new org.statementworkbench.statement.segmentation.SentenceSegmenter();
        var text = new StringBuilder();
        int count = 0;
        for (int i = 0; count < segments; i++) {
            String p = paragraphs.get(i % paragraphs.size());
            int sentences = segmenter.split(p, UnLanguage.EN).size();
            if (count + sentences > segments) {
                p = "Thank you.";
                sentences = 1;
            }
            text.append(p).append("\n\n");
            count += sentences;
        }
        return text.toString();
    }

    static Benchmark importBenchmark(Db db) {
        Fixture f = fixture(db);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 1; i <= 4000; i++) {
            rows.add(
                    new Object[] {f.statementId(), i, i / 5 + 1, "Thailand pledges its commitment to tackle cybercrime."
                    });
        }
        return new Case(
                "import 4,000 segments (md, " + db + ")",
                "JDBC batch insert of 4,000 rows",
                () -> f.jdbc().execute((org.springframework.jdbc.core.ConnectionCallback<Object>) c -> {
                    c.setAutoCommit(false);
                    try (var ps = c.prepareStatement("insert into segment (statement_id, seq_no, paragraph_index, "
                            + "source_text) values (?, ?, ?, ?)")) {
                        int offset = (int) (System.nanoTime() & 0x3fffffff) + 100_000;
                        for (Object[] r : rows) {
                            ps.setLong(1, (Long) r[0]);
                            ps.setInt(2, offset + (Integer) r[1]);
                            ps.setInt(3, (Integer) r[2]);
                            ps.setString(4, (String) r[3]);
                            ps.addBatch();
                        }
                        ps.executeBatch();
                    }
                    c.rollback();
                    c.setAutoCommit(true);
                    return null;
                }),
                () -> importStatement(f.context(), f.markdown()),
                1,
                7);
    }

    static Benchmark openBenchmark(Db db) {
        Fixture f = fixture(db);
        var translations = f.bean(TranslationService.class);
        return new Case(
                "open editor, 4,000 segments (" + db + ")",
                "JDBC: first 50 segments",
                () -> f.jdbc()
                        .queryForList(
                                "select id, seq_no, source_text from segment where statement_id = ? "
                                        + "order by seq_no limit 50",
                                f.statementId()),
                () -> {
                    signIn("bench-translator-" + db.name().toLowerCase(), Role.TRANSLATOR);
                    translations.count(f.statementId(), UnLanguage.FR, SegmentQuery.all());
                    translations.rowsInAllLanguages(f.statementId(), UnLanguage.FR, SegmentQuery.all(), 0, 50);
                    translations.progress(f.statementId());
                    translations.rights(UnLanguage.FR);
                },
                5,
                40);
    }

    static Benchmark saveBenchmark(Db db) {
        Fixture f = fixture(db);
        var translations = f.bean(TranslationService.class);
        signIn("bench-translator-" + db.name().toLowerCase(), Role.TRANSLATOR);
        SegmentRow row = translations
                .rows(f.statementId(), UnLanguage.FR, SegmentQuery.all(), 1234, 1)
                .getFirst();
        long[] version = {row.target().version()};
        int[] n = {0};
        TranslationState first = translations.save(new SaveTranslation(
                row.segmentId(),
                UnLanguage.FR,
                "La Thaïlande s’engage à lutter contre la cybercriminalité.",
                SegmentStatus.DRAFT,
                version[0]));
        version[0] = first.version();
        long translationId = f.jdbc()
                .queryForObject(
                        "select id from segment_translation where segment_id = ? and " + "language = 'fr'",
                        Long.class,
                        row.segmentId());
        return new Case(
                "save one segment, with revision (" + db + ")",
                "JDBC update of one row",
                () -> f.jdbc()
                        .update("update segment_translation set updated_at = updated_at where id = ?", translationId),
                () -> {
                    signIn("bench-translator-" + db.name().toLowerCase(), Role.TRANSLATOR);
                    TranslationState s = translations.save(new SaveTranslation(
                            row.segmentId(),
                            UnLanguage.FR,
                            "La Thaïlande s’engage à lutter contre la cybercriminalité (" + (++n[0]) + ").",
                            SegmentStatus.TRANSLATED,
                            version[0]));
                    version[0] = s.version();
                },
                10,
                100);
    }

    record Case(String name, String baselineName, Runnable baseline, Runnable subject, int warmups, int runs)
            implements Benchmark {}
}
