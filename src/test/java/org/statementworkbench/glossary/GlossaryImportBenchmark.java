package org.statementworkbench.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.statementworkbench.Application;
import org.statementworkbench.TestDatabaseInitializer;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.bench.Benchmarks.Benchmark;
import org.statementworkbench.glossary.exchange.TbxConcept;
import org.statementworkbench.glossary.exchange.TbxReader;
import org.statementworkbench.glossary.exchange.TbxWriter;
import org.statementworkbench.glossary.importing.ImportDecisions;
import org.statementworkbench.glossary.importing.ImportPreview;
import org.statementworkbench.glossary.importing.ImportResult;
import org.statementworkbench.security.NewUser;
import org.statementworkbench.security.Role;
import org.statementworkbench.security.UserService;

/**
 * The glossary import target: a 50,000-concept TBX file (six languages, one or two terms each) previewed and
 * committed in at most 30 s on MariaDB. The baseline, in the same run, only parses the file (TBX reader). After
 * each import its concepts are deleted again, untimed, so every run imports into the same glossary.
 */
public final class GlossaryImportBenchmark {

    static final int CONCEPTS = 50_000;
    static final String PREFIX = "bench-";

    private GlossaryImportBenchmark() {}

    public static List<Supplier<Benchmark>> all() {
        return List.of(GlossaryImportBenchmark::mariaDb);
    }

    record Case(String name, String baselineName, Runnable baseline, Runnable subject, Runnable cleanup)
            implements Benchmark {
        @Override
        public int warmups() {
            return 1;
        }

        @Override
        public int runs() {
            return 3;
        }

        @Override
        public void reset() {
            cleanup.run();
        }
    }

    static Benchmark mariaDb() {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .initializers(new TestDatabaseInitializer())
                .properties("spring.main.banner-mode=off")
                .run(
                        "--server.port=0",
                        "--logging.level.root=WARN",
                        "--vaadin.productionMode=true",
                        "--workbench.test.database=mariadb",
                        "--logging.level.org.statementworkbench.glossary="
                                + System.getProperty("glossary.bench.log", "WARN"));
        TestSignIn.as("bench-admin", Role.ADMIN);
        UserService users = context.getBean(UserService.class);
        if (users.listUsers().stream().noneMatch(u -> u.username().equals("bench-glossary"))) {
            users.createUser(new NewUser(
                    "bench-glossary", "Bench Glossary", "bench-secret-2026", Set.of(Role.GLOSSARY_MANAGER), Set.of()));
        }
        byte[] file = file(CONCEPTS);
        System.err.printf("glossary benchmark file: %d concepts, %.1f MB%n", CONCEPTS, file.length / 1e6);
        GlossaryExchangeService exchange = context.getBean(GlossaryExchangeService.class);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        return new Case(
                "import 50,000 TBX concepts (MARIADB)",
                "parse the file only (TBX reader)",
                () -> new TbxReader().read(file),
                () -> {
                    TestSignIn.as("bench-glossary", Role.GLOSSARY_MANAGER);
                    ImportPreview preview = exchange.preview(file, "bench.tbx");
                    ImportResult result = exchange.commit(preview, ImportDecisions.defaults());
                    if (result.created() != CONCEPTS) {
                        throw new IllegalStateException("expected " + CONCEPTS + " new concepts: " + result.summary());
                    }
                },
                () -> {
                    jdbc.update("delete from glossary_change where concept_id in (select id from glossary_concept "
                            + "where external_id like '" + PREFIX + "%')");
                    jdbc.update("delete from glossary_concept where external_id like '" + PREFIX + "%'");
                });
    }

    private static final Map<String, List<String>> WORDS = Map.of(
            "en",
                    List.of(
                            "committee",
                            "regional",
                            "office",
                            "development",
                            "fisheries",
                            "human",
                            "rights",
                            "council",
                            "programme",
                            "sustainable",
                            "conference",
                            "parties",
                            "convention",
                            "framework",
                            "agency",
                            "international",
                            "cooperation",
                            "criminal",
                            "justice",
                            "prevention",
                            "trade",
                            "environment"),
            "fr",
                    List.of(
                            "comité",
                            "régional",
                            "bureau",
                            "développement",
                            "pêches",
                            "droits",
                            "conseil",
                            "programme",
                            "durable",
                            "conférence",
                            "parties",
                            "convention",
                            "cadre",
                            "agence",
                            "coopération",
                            "pénale"),
            "es",
                    List.of(
                            "comité",
                            "oficina",
                            "desarrollo",
                            "pesca",
                            "derechos",
                            "consejo",
                            "programa",
                            "sostenible",
                            "conferencia",
                            "partes",
                            "convención",
                            "marco",
                            "organismo",
                            "cooperación",
                            "justicia"),
            "ru",
                    List.of(
                            "комитет",
                            "региональное",
                            "бюро",
                            "развитие",
                            "рыболовство",
                            "права",
                            "совет",
                            "программа",
                            "устойчивое",
                            "конференция",
                            "стороны",
                            "конвенция",
                            "агентство",
                            "сотрудничество"),
            "ar",
                    List.of(
                            "لجنة",
                            "المكتب",
                            "الإقليمي",
                            "التنمية",
                            "مصائد",
                            "الأسماك",
                            "حقوق",
                            "مجلس",
                            "برنامج",
                            "المستدامة",
                            "مؤتمر",
                            "الأطراف",
                            "اتفاقية",
                            "وكالة",
                            "التعاون"),
            "zh",
                    List.of(
                            "委员会", "区域", "办事处", "发展", "渔业", "人权", "理事会", "方案", "可持续", "会议", "缔约方", "公约", "框架", "机构",
                            "合作"));

    /** A TBX v3 file of {@code n} concepts: in each of the six languages a term of 2-7 words, a second one in 40%. */
    static byte[] file(int n) {
        Random random = new Random(42);
        List<TbxConcept> concepts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<TermDraft> terms = new ArrayList<>();
            for (String language : List.of("ar", "zh", "en", "fr", "ru", "es")) {
                int count = random.nextInt(10) < 4 ? 2 : 1;
                for (int k = 0; k < count; k++) {
                    List<String> words = WORDS.get(language);
                    StringBuilder text = new StringBuilder();
                    int length = 2 + random.nextInt(6);
                    for (int w = 0; w < length; w++) {
                        text.append(language.equals("zh") ? "" : " ").append(words.get(random.nextInt(words.size())));
                    }
                    text.append(' ').append(i).append(k == 0 ? "" : "b");
                    terms.add(new TermDraft(
                            null,
                            language,
                            text.toString().strip(),
                            k == 0 ? TermType.FULL_FORM : TermType.SHORT_FORM,
                            k == 0 ? UsageStatus.PREFERRED : UsageStatus.ADMITTED,
                            null,
                            null,
                            null,
                            false));
                }
            }
            concepts.add(new TbxConcept(
                    PREFIX + i,
                    List.of(i % 3 == 0 ? "fisheries" : "human rights"),
                    Map.of(),
                    List.of(),
                    List.of(),
                    terms));
        }
        return new TbxWriter().write(concepts, "benchmark");
    }
}
