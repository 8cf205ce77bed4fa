package org.statementworkbench.memory;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.statementworkbench.Application;
import org.statementworkbench.TestDatabaseInitializer;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.bench.Benchmarks;
import org.statementworkbench.security.NewUser;
import org.statementworkbench.security.Role;
import org.statementworkbench.security.UserService;

/**
 * {@code ./workbench bench memory-import}: the target "a memory of 1,000,000 units: TMX import &lt;= 3 min",
 * measured end to end, file to searchable, on the embedded H2 default (a file database in a fresh data directory) and
 * on MariaDB (database {@value #MARIADB_DATABASE}, dropped before and after). The whole application is booted as
 * {@code ./workbench start} would run it; an administrator previews the file ({@link MemoryAdminService#preview(long,
 * String, Path)}), imports it ({@link MemoryAdminService#importTmx}), then the memory's index catches up in the
 * background until the file's last unit is found at 100 % ({@link MemoryService#matches}, polled every 250 ms). The
 * baseline, alternated with each run, is the TMX reader alone reading the same file: the parse that preview and import
 * each do once. Unit count: {@code WORKBENCH_BENCH_MEMORY_UNITS} or {@code -Dworkbench.bench.memory-units} (default
 * 1,000,000); runs: {@code WORKBENCH_BENCH_MEMORY_IMPORT_RUNS} or {@code -Dworkbench.bench.memory-import-runs}
 * (default 3 up to 200,000 units, else 1); databases: {@code -Dworkbench.bench.memory-import-databases=h2,mariadb}.
 *
 * <p>The file ({@link SdgUnits}: distinct units of real UN wording, English-French) is written as a stream, never held
 * in memory; the service takes over (and deletes) the file it previews, so each run gets a copy, made untimed as an
 * upload would be.
 */
public final class TmxImportBench {

    /** The target, file to searchable. */
    static final double TARGET_SECONDS = 180;

    static final String MARIADB_DATABASE = "workbench_bench_tmx";

    private static final String USER = "bench-tmx";
    private static final long POLL_MILLIS = 250;
    private static final long SEARCHABLE_TIMEOUT_MILLIS = 30 * 60 * 1000;

    enum Database {
        H2,
        MARIADB
    }

    /** One run, in seconds: the baseline (reader alone) and the three steps of the import. */
    record Run(double baseline, double preview, double importing, double catchUp) {
        double total() {
            return preview + importing + catchUp;
        }
    }

    /** What one database did with the file. */
    record Result(
            Database database,
            int units,
            long fileBytes,
            double startSeconds,
            List<Run> runs,
            long heapAfterGc,
            long peakHeapAfterGc,
            long databaseBytes,
            long indexBytes,
            String loadBefore,
            String loadAfter) {

        double median(ToDoubleFunction<Run> figure) {
            return Benchmarks.percentile(runs.stream().mapToDouble(figure).toArray(), 50);
        }
    }

    private TmxImportBench() {}

    /** Entry point of the bench group. */
    public static void run() {
        int units = Integer.getInteger(
                "workbench.bench.memory-units",
                Integer.parseInt(System.getenv().getOrDefault("WORKBENCH_BENCH_MEMORY_UNITS", "1000000")));
        String runsSetting = System.getenv().getOrDefault("WORKBENCH_BENCH_MEMORY_IMPORT_RUNS", "");
        int runs = Integer.getInteger(
                "workbench.bench.memory-import-runs",
                runsSetting.isBlank() ? (units <= 200_000 ? 3 : 1) : Integer.parseInt(runsSetting));
        List<Database> databases = Arrays.stream(
                        System.getProperty("workbench.bench.memory-import-databases", "h2,mariadb")
                                .split(","))
                .map(s -> Database.valueOf(s.strip().toUpperCase(Locale.ROOT)))
                .toList();
        print(measure(units, runs, databases, MARIADB_DATABASE));
    }

    /**
     * Writes the file, then imports it {@code runs} times into each database; the results in that order. MariaDB's
     * database {@code mariaDbDatabase} is dropped before and after.
     */
    static List<Result> measure(int units, int runs, List<Database> databases, String mariaDbDatabase) {
        if (units < 1 || runs < 1) {
            throw new IllegalArgumentException("The import bench needs at least one unit and one run.");
        }
        if (!mariaDbDatabase.matches("[A-Za-z0-9_]{1,64}")) {
            throw new IllegalArgumentException("Not a database name: " + mariaDbDatabase);
        }
        Path work = null;
        try {
            work = Files.createTempDirectory("tmx-bench-");
            Path file = work.resolve("memory.tmx");
            long t0 = System.nanoTime();
            write(SdgUnits.distinct(), units, file);
            System.err.printf(
                    Locale.ROOT,
                    "TMX import bench: %,d units written to %s (%.0f MB) in %.1f s%n",
                    units,
                    file,
                    Files.size(file) / 1e6,
                    seconds(t0));
            List<Result> results = new ArrayList<>();
            for (Database database : databases) {
                results.add(measure(new Target(database, mariaDbDatabase), file, units, runs, work));
            }
            return results;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (work != null) {
                deleteTree(work);
            }
        }
    }

    /** Streams a TMX 1.4 file of units 0..n-1 to {@code file}. */
    static void write(SdgUnits sdg, int n, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header creationtool=\"bench\""
                    + " creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"bench\" adminlang=\"en\""
                    + " srclang=\"en\" datatype=\"plaintext\"/><body>\n");
            var xml = new StringBuilder(1024);
            for (long k = 0; k < n; k++) {
                xml.setLength(0);
                xml.append("<tu creationdate=\"20250101T000000Z\"><tuv xml:lang=\"en-US\" creationid=\"bench\"><seg>");
                TmxInline.escape(xml, sdg.source(k));
                xml.append("</seg></tuv><tuv xml:lang=\"fr-FR\" creationid=\"bench\"><seg>");
                TmxInline.escape(xml, sdg.target(k));
                xml.append("</seg></tuv></tu>\n");
                out.append(xml);
            }
            out.write("</body></tmx>\n");
        }
    }

    /** A database to import into; {@code mariaDbDatabase}: the name of MariaDB's. */
    private record Target(Database database, String mariaDbDatabase) {}

    private static Result measure(Target target, Path file, int units, int runs, Path work) throws IOException {
        Database database = target.database();
        Path data = Files.createTempDirectory(work, "data-" + database.name().toLowerCase(Locale.ROOT) + "-");
        String loadBefore = loadAverage();
        System.err.printf(
                Locale.ROOT, "TMX import bench on %s: starting the application (load %s)%n", database, loadBefore);
        long t0 = System.nanoTime();
        ConfigurableApplicationContext context = start(target, data);
        double startSeconds = seconds(t0);
        try (var heap = new HeapWatch()) {
            MemoryAdminService admin = context.getBean(MemoryAdminService.class);
            MemoryService memory = context.getBean(MemoryService.class);
            MemoryExecutor executor = context.getBean(MemoryExecutor.class);
            signIn(context.getBean(UserService.class));
            drain(executor); // the index's start-up sync
            var reader = new TmxReader();
            List<Run> done = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                TmxFile.Unit[] last = new TmxFile.Unit[1];
                long b0 = System.nanoTime();
                TmxReader.Summary read = reader.read(file, unit -> last[0] = unit);
                double baseline = seconds(b0);
                if (read.units() != units || last[0] == null) {
                    throw new IllegalStateException("The reader found " + read.units() + " units, not " + units);
                }
                String lastSource = last[0].texts().get(UnLanguage.EN).text();
                Path upload = Files.copy(file, work.resolve("upload-" + database + "-" + r + ".tmx"));
                long id = admin.create("TMX bench " + r);

                long p0 = System.nanoTime();
                TmxPreview preview = admin.preview(id, "memory.tmx", upload);
                double previewSeconds = seconds(p0);
                long i0 = System.nanoTime();
                TmxImportResult result = admin.importTmx(preview.id(), DuplicateChoice.SKIP, p -> {});
                double importSeconds = seconds(i0);
                if (preview.units() != units || result.imported() != units) {
                    throw new IllegalStateException("Expected " + units + " units imported: preview " + preview.units()
                            + ", " + result.summary());
                }
                System.err.printf(
                        Locale.ROOT,
                        "  run %d: preview %.1f s, import %.1f s; waiting for the index (load %s)%n",
                        r + 1,
                        previewSeconds,
                        importSeconds,
                        loadAverage());
                long c0 = System.nanoTime();
                awaitSearchable(memory, lastSource);
                double catchUpSeconds = seconds(c0);
                Run run = new Run(baseline, previewSeconds, importSeconds, catchUpSeconds);
                done.add(run);
                System.err.printf(
                        Locale.ROOT,
                        "  run %d: reader %.1f s, preview %.1f s, import %.1f s, searchable after %.1f s more;"
                                + " total %.1f s (load %s)%n",
                        r + 1,
                        baseline,
                        previewSeconds,
                        importSeconds,
                        catchUpSeconds,
                        run.total(),
                        loadAverage());
                if (r < runs - 1) { // untimed: the next run imports into an empty memory again
                    admin.delete(id);
                    drain(executor);
                }
            }
            long databaseBytes = databaseBytes(database, context, data);
            long indexBytes = size(context.getBean(MemoryIndex.class).folder());
            System.gc();
            long heapAfterGc =
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            return new Result(
                    database,
                    units,
                    Files.size(file),
                    startSeconds,
                    List.copyOf(done),
                    heapAfterGc,
                    heap.peak(),
                    databaseBytes,
                    indexBytes,
                    loadBefore,
                    loadAverage());
        } finally {
            TestSignIn.out();
            context.close();
            if (database == Database.MARIADB) {
                dropMariaDb(target.mariaDbDatabase());
            }
        }
    }

    /** The application as {@code ./workbench start} runs it, on a fresh database and data directory. */
    private static ConfigurableApplicationContext start(Target target, Path data) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--logging.level.root=WARN",
                "--vaadin.productionMode=true",
                "--workbench.languagetool.warm-up=false",
                "--workbench.data-dir=" + data,
                "--workbench.memory.index-dir=" + data.resolve("memory-index")));
        if (target.database() == Database.MARIADB) {
            dropMariaDb(target.mariaDbDatabase());
            args.add("--spring.profiles.active=mariadb");
            args.add("--spring.datasource.url=" + mariaDbUrl() + target.mariaDbDatabase()
                    + "?createDatabaseIfNotExist=true");
            args.add("--spring.datasource.username=" + setting("WORKBENCH_TEST_DB_ADMIN_USER", "root"));
            args.add("--spring.datasource.password=" + setting("WORKBENCH_TEST_DB_ADMIN_PASSWORD", ""));
        }
        var builder = new SpringApplicationBuilder(Application.class).properties("spring.main.banner-mode=off");
        // Not the tests' database (META-INF/spring.factories puts TestDatabaseInitializer before every context, where
        // it would override the settings above and recreate the test database): the bench chooses its own.
        SpringApplication application = builder.application();
        application.setInitializers(application.getInitializers().stream()
                .filter(i -> !(i instanceof TestDatabaseInitializer))
                .toList());
        return builder.run(args.toArray(String[]::new));
    }

    private static void signIn(UserService users) {
        TestSignIn.as("bench-admin", Role.ADMIN);
        if (users.listUsers().stream().noneMatch(u -> u.username().equals(USER))) {
            users.createUser(new NewUser(USER, "Bench TMX", "bench-secret-2026", Set.of(Role.ADMIN), Set.of()));
        }
        TestSignIn.as(USER, Role.ADMIN);
    }

    /** Waits until the memory's writer thread has run everything queued before now. */
    private static void drain(MemoryExecutor executor) {
        try {
            executor.submit(() -> {}).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the memory index", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Polls the memory until {@code text} is found at 100 %. */
    private static void awaitSearchable(MemoryService memory, String text) {
        long deadline = System.currentTimeMillis() + SEARCHABLE_TIMEOUT_MILLIS;
        while (memory.matches(UnLanguage.EN, UnLanguage.FR, text, null, 1, 100).isEmpty()) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("The last unit was not searchable after 30 minutes: " + text);
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the memory index", e);
            }
        }
    }

    /** H2: the database file; MariaDB: data and indexes of the unit tables (statistics refreshed first). */
    private static long databaseBytes(Database database, ConfigurableApplicationContext context, Path data)
            throws IOException {
        if (database == Database.H2) {
            return Files.size(data.resolve("workbench.mv.db"));
        }
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        jdbc.queryForList("analyze table tm_unit, tm_unit_text");
        Long bytes = jdbc.queryForObject(
                "select sum(data_length + index_length) from information_schema.tables"
                        + " where table_schema = database() and table_name in ('tm_unit', 'tm_unit_text')",
                Long.class);
        return Objects.requireNonNullElse(bytes, 0L);
    }

    private static String mariaDbUrl() {
        return "jdbc:mariadb://" + setting("WORKBENCH_TEST_DB_HOST", "127.0.0.1") + ":"
                + setting("WORKBENCH_TEST_DB_PORT", "3306") + "/";
    }

    private static void dropMariaDb(String name) {
        try (Connection c = DriverManager.getConnection(
                        mariaDbUrl(),
                        setting("WORKBENCH_TEST_DB_ADMIN_USER", "root"),
                        setting("WORKBENCH_TEST_DB_ADMIN_PASSWORD", ""));
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "The TMX import bench needs MariaDB at " + mariaDbUrl() + ": " + e.getMessage(), e);
        }
    }

    /** The test database settings (see TestDatabaseInitializer): the bench uses the same server and admin user. */
    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() && !name.endsWith("PASSWORD") ? fallback : value;
    }

    static void print(List<Result> results) {
        if (results.isEmpty()) {
            return;
        }
        Result first = results.getFirst();
        int runs = first.runs().size();
        System.out.printf(
                Locale.ROOT,
                "%nTMX import, file to searchable: %,d units (English-French, SDG wording), %.0f MB; %s%n",
                first.units(),
                first.fileBytes() / 1e6,
                runs == 1 ? "one run per database (no median)" : "medians of " + runs + " runs per database");
        String format = "| %-50s |" + " %16s |".repeat(results.size()) + "%n";
        List<Object> header = new ArrayList<>(List.of("measure"));
        results.forEach(r -> header.add(r.database().name()));
        System.out.printf(Locale.ROOT, format, header.toArray());
        List<Object> rule = new ArrayList<>(List.of("-".repeat(50)));
        results.forEach(r -> rule.add("-".repeat(16)));
        System.out.printf(Locale.ROOT, format, rule.toArray());
        row(format, results, "application start (not counted)", r -> s(r.startSeconds()));
        row(format, results, "baseline: TMX reader alone (parse)", r -> s(r.median(Run::baseline)));
        row(format, results, "preview (read, compare with the memory)", r -> s(r.median(Run::preview)));
        row(format, results, "import (read again, insert, commit)", r -> s(r.median(Run::importing)));
        row(format, results, "index caught up: searchable after", r -> s(r.median(Run::catchUp)));
        row(format, results, "total, file to searchable", r -> s(r.median(Run::total)));
        row(
                format,
                results,
                "ratio total / baseline",
                r -> String.format(Locale.ROOT, "%.1f", r.median(Run::total) / r.median(Run::baseline)));
        row(
                format,
                results,
                "target: total <= " + (int) TARGET_SECONDS + " s",
                r -> r.median(Run::total) <= TARGET_SECONDS ? "met" : "NOT met");
        row(
                format,
                results,
                "import rate (units / import s)",
                r -> String.format(Locale.ROOT, "%,.0f /s", r.units() / r.median(Run::importing)));
        row(
                format,
                results,
                "end-to-end rate (units / total s)",
                r -> String.format(Locale.ROOT, "%,.0f /s", r.units() / r.median(Run::total)));
        row(format, results, "heap after GC at the end", r -> mb(r.heapAfterGc()));
        row(
                format,
                results,
                "highest heap after a GC during the runs",
                r -> r.peakHeapAfterGc() == 0 ? "no GC" : mb(r.peakHeapAfterGc()));
        row(format, results, "database size (H2 file; MariaDB unit tables)", r -> mb(r.databaseBytes()));
        row(format, results, "memory index on disk", r -> mb(r.indexBytes()));
        row(format, results, "load average (1/5/15 min) before", Result::loadBefore);
        row(format, results, "load average (1/5/15 min) after", Result::loadAfter);
        System.out.printf(
                Locale.ROOT,
                "%d cores; the three steps run one after the other (the index catches up on the memory's writer thread"
                        + " after the import commits); \"highest heap after a GC\" counts what a young collection"
                        + " left in the old generation too: an upper bound of the live data.%n",
                Runtime.getRuntime().availableProcessors());
    }

    private static void row(
            String format, List<Result> results, String name, java.util.function.Function<Result, String> value) {
        List<Object> cells = new ArrayList<>(List.of(name));
        results.forEach(r -> cells.add(value.apply(r)));
        System.out.printf(Locale.ROOT, format, cells.toArray());
    }

    private static String s(double seconds) {
        return String.format(Locale.ROOT, seconds < 10 ? "%.2f s" : "%.1f s", seconds);
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%,.0f MB", bytes / 1e6);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static String loadAverage() {
        try {
            return Arrays.stream(Files.readString(Path.of("/proc/loadavg")).split(" "))
                    .limit(3)
                    .collect(Collectors.joining(" "));
        } catch (IOException e) {
            return "n/a";
        }
    }

    private static long size(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not delete " + dir + ": " + e.getMessage());
        }
    }

    /**
     * The heap in use after each collection, its highest value while open (GC notifications of the platform's
     * collectors, heap pools only).
     */
    private static final class HeapWatch implements AutoCloseable {

        private final AtomicLong peak = new AtomicLong();
        private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .map(java.lang.management.MemoryPoolMXBean::getName)
                .collect(Collectors.toUnmodifiableSet());
        private final NotificationListener listener = (notification, handback) -> {
            if (notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                        .filter(e -> heapPools.contains(e.getKey()))
                        .mapToLong(e -> e.getValue().getUsed())
                        .sum();
                peak.accumulateAndGet(used, Math::max);
            }
        };

        HeapWatch() {
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) gc).addNotificationListener(listener, null, null);
            }
        }

        long peak() {
            return peak.get();
        }

        @Override
        public void close() {
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                try {
                    ((NotificationEmitter) gc).removeNotificationListener(listener);
                } catch (javax.management.ListenerNotFoundException e) {
                    // not registered on this collector
                }
            }
        }
    }
}
