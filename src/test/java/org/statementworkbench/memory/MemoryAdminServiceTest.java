package org.statementworkbench.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.statementworkbench.TestData;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.glossary.SdgCorpus;
import org.statementworkbench.security.Role;

/**
 * Named memories and TMX exchange against MariaDB: admins create, rename, reorder and delete memories; a TMX file is
 * previewed (counts, duplicates in the file and against the memory), then imported as chosen for duplicates, all or
 * nothing, and the index learns the new and the deleted units; exports read back to the same memory. A translator's
 * direct calls are refused. Data: TICO-19 (CC0) and SDG targets in their UN translations.
 */
@SpringBootTest
class MemoryAdminServiceTest {

    private static final Path RESOURCES = Path.of("src", "test", "resources", "memory");

    @Autowired
    MemoryAdminService admin;

    @Autowired
    MemoryService memory;

    @Autowired
    TestData data;

    @Autowired
    org.statementworkbench.statement.TranslationService translations;

    private String adminName = "";

    @BeforeEach
    void signIn() {
        adminName = data.admin(TestData.unique("tm-admin"), "Amina Haddad");
        TestSignIn.as(adminName, Role.ADMIN);
    }

    @AfterEach
    void signOut() {
        TestSignIn.out();
    }

    private static byte[] resource(String path) throws IOException {
        return Files.readAllBytes(RESOURCES.resolve(path));
    }

    /** English to Arabic lookups (signed in on the calling thread: awaitility polls on its own). */
    private List<MemoryMatch> lookup(String english) {
        TestSignIn.as(adminName, Role.ADMIN);
        return memory.matches(UnLanguage.EN, UnLanguage.AR, english, null, 5, 100);
    }

    private MemorySummary summary(long id) {
        return admin.list().stream().filter(m -> m.id() == id).findFirst().orElseThrow();
    }

    /** SDG target titles as units in the six languages, the keys given (repeated keys give duplicate units). */
    private static byte[] sdgTmx(String... keys) {
        SdgCorpus sdg = SdgCorpus.load(SdgCorpus.defaultLocation());
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header"
                + " creationtool=\"test\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"test\""
                + " adminlang=\"en-US\" srclang=\"en-US\" datatype=\"plaintext\"/><body>\n");
        for (String key : keys) {
            xml.append("<tu creationdate=\"20150925T120000Z\"><prop type=\"x-document-symbol\">A/RES/70/1</prop>\n");
            for (String lang : SdgCorpus.LANGUAGES) {
                var seg = new StringBuilder();
                TmxInline.escape(seg, sdg.text(key, lang).strip());
                xml.append("<tuv xml:lang=\"")
                        .append(lang.equals("zh") ? "zh-Hans" : lang)
                        .append("\" changeid=\"sdg.")
                        .append(lang)
                        .append("\" changedate=\"20250101T000000Z\"><seg>")
                        .append(seg)
                        .append("</seg></tuv>\n");
            }
            xml.append("</tu>\n");
        }
        return xml.append("</body></tmx>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aTranslatorMayListMemoriesButNotChangeImportExportOrDeleteThem() throws IOException {
        long id = admin.create(TestData.unique("Reference corpus"));
        String translator = data.translator(TestData.unique("tm-tr"), "Li Wei", UnLanguage.ZH);
        TestSignIn.as(translator, Role.TRANSLATOR);
        assertThat(admin.list()).extracting(MemorySummary::id).contains(id);
        byte[] file = resource("tico19/tico19-300.en-zh.tmx");
        assertThatThrownBy(() -> admin.create("Mine")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.rename(id, "Mine")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.move(id, true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.delete(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.preview(id, "tico.tmx", file)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.importTmx(UUID.randomUUID(), DuplicateChoice.KEEP_BOTH, p -> {}))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.exportMemory(id, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
        TestSignIn.as(adminName, Role.ADMIN);
        assertThat(summary(id).units()).isZero();
    }

    @Test
    void importsTico19IntoANamedMemoryWhereLookupsFindIt() throws IOException {
        long id = admin.create(TestData.unique("TICO-19"));
        TmxPreview preview = admin.preview(id, "tico19-300.en-ar.tmx", resource("tico19/tico19-300.en-ar.tmx"));
        assertThat(preview.units()).isEqualTo(300);
        assertThat(preview.perLanguage()).isEqualTo(Map.of(UnLanguage.EN, 300, UnLanguage.AR, 300));
        assertThat(preview.duplicatesInMemory()).isZero();
        List<Integer> progress = new ArrayList<>();
        TmxImportResult result = admin.importTmx(preview.id(), DuplicateChoice.KEEP_BOTH, progress::add);
        assertThat(result.imported()).isEqualTo(300);
        assertThat(progress).isNotEmpty().last().isEqualTo(100);
        MemorySummary summary = summary(id);
        assertThat(summary.units()).isEqualTo(300);
        assertThat(summary.languages()).containsExactly(UnLanguage.AR, UnLanguage.EN);

        String english = "and along with a fever";
        await().atMost(Duration.ofSeconds(30))
                .until(() -> lookup(english).stream().anyMatch(m -> m.memory().equals(summary.name())));
        MemoryMatch match = lookup(english).stream()
                .filter(m -> m.memory().equals(summary.name()))
                .findFirst()
                .orElseThrow();
        assertThat(match.score()).isEqualTo(MemoryMatch.EXACT);
        assertThat(match.target()).isEqualTo("وبالإضافة إلى الحمى");

        // the preview was used up
        assertThatThrownBy(() -> admin.importTmx(preview.id(), DuplicateChoice.KEEP_BOTH, p -> {}))
                .isInstanceOf(TmxImportException.class)
                .hasMessageContaining("upload it again");

        assertThat(admin.delete(id)).isEqualTo(300);
        assertThat(admin.list()).extracting(MemorySummary::id).doesNotContain(id);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> lookup(english).stream().noneMatch(m -> m.memory().equals(summary.name())));
    }

    @Test
    void previewCountsDuplicatesAndTheChoiceDecidesWhatIsImported() {
        long id = admin.create(TestData.unique("SDG"));
        byte[] file = sdgTmx("16-3-title", "2-1-title", "16-3-title");
        TmxPreview first = admin.preview(id, "sdg.tmx", file);
        assertThat(first.units()).isEqualTo(3);
        assertThat(first.duplicatesInFile()).isEqualTo(1);
        assertThat(first.duplicatesInMemory()).isZero();
        assertThat(first.perLanguage()).hasSize(6).containsEntry(UnLanguage.ZH, 3);
        TmxImportResult skipped = admin.importTmx(first.id(), DuplicateChoice.SKIP, p -> {});
        assertThat(skipped.imported()).isEqualTo(2);
        assertThat(skipped.skippedDuplicates()).isEqualTo(1);
        assertThat(summary(id).units()).isEqualTo(2);

        TmxPreview again = admin.preview(id, "sdg.tmx", file);
        assertThat(again.duplicatesInMemory()).isEqualTo(3);
        assertThat(admin.importTmx(again.id(), DuplicateChoice.SKIP, p -> {}).imported())
                .isZero();
        assertThat(summary(id).units()).isEqualTo(2);

        TmxImportResult both =
                admin.importTmx(admin.preview(id, "sdg.tmx", file).id(), DuplicateChoice.KEEP_BOTH, p -> {});
        assertThat(both.imported()).isEqualTo(3);
        assertThat(summary(id).units()).isEqualTo(5);

        TmxImportResult overwrite =
                admin.importTmx(admin.preview(id, "sdg.tmx", file).id(), DuplicateChoice.OVERWRITE, p -> {});
        assertThat(overwrite.overwritten()).isEqualTo(5);
        assertThat(overwrite.imported()).isEqualTo(2);
        assertThat(summary(id).units()).isEqualTo(2);
        admin.delete(id);
    }

    @Test
    void hostileMalformedAndWronglyEncodedFilesChangeNothing() throws IOException {
        long id = admin.create(TestData.unique("Guarded"));
        admin.importTmx(admin.preview(id, "sdg.tmx", sdgTmx("4-1-title")).id(), DuplicateChoice.KEEP_BOTH, p -> {});
        byte[] hostile = ("<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                        + "<tmx version=\"1.4\"><header srclang=\"en\"/><body><tu><tuv xml:lang=\"en\"><seg>&xxe;</seg>"
                        + "</tuv><tuv xml:lang=\"fr\"><seg>x</seg></tuv></tu></body></tmx>")
                .getBytes(StandardCharsets.UTF_8);
        String good = new String(sdgTmx("13-1-title", "4-1-title"), StandardCharsets.UTF_8);
        byte[] malformed = good.replace("</tu>\n</body>", "</body>").getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = good.replace("<seg>", "<seg>Sécurité ").getBytes(StandardCharsets.ISO_8859_1);
        Map<String, byte[]> bads = Map.of("hostile", hostile, "malformed", malformed, "latin1", latin1);
        for (var bad : bads.entrySet()) {
            assertThatThrownBy(() -> admin.preview(id, "bad.tmx", bad.getValue()))
                    .as(bad.getKey())
                    .isInstanceOf(TmxImportException.class)
                    .hasMessageContaining("Nothing was imported");
        }
        // a sparse file one byte over the limit: refused on its size before a byte is read, and deleted
        Path big = Files.createTempFile("big-", ".tmx");
        try (var file = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(MemoryAdminService.MAX_BYTES + 1L);
        }
        assertThatThrownBy(() -> admin.preview(id, "big.tmx", big))
                .isInstanceOf(TmxImportException.class)
                .hasMessageContaining("larger than 1024 MB");
        assertThat(big).doesNotExist();
        // the encoding error names its line (the file is streamed, the line found by reading it again)
        assertThatThrownBy(() -> admin.preview(id, "latin1.tmx", latin1))
                .hasMessageStartingWith("line 4: the file is not valid UTF-8");
        assertThat(summary(id).units()).isEqualTo(1);
        admin.delete(id);
    }

    @Test
    void theServiceTakesOverTheUploadedFileAndDeletesItWhateverHappens() throws IOException {
        long id = admin.create(TestData.unique("Files"));
        byte[] tmx = sdgTmx("16-3-title", "2-1-title");
        // refused: deleted at once
        Path refused =
                Files.write(Files.createTempFile("upload-", ".tmp"), "<tmx><body>".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> admin.preview(id, "cut.tmx", refused)).isInstanceOf(TmxImportException.class);
        assertThat(refused).doesNotExist();
        // previewed, then discarded: kept until then
        Path discarded = Files.write(Files.createTempFile("upload-", ".tmp"), tmx);
        TmxPreview dropped = admin.preview(id, "sdg.tmx", discarded);
        assertThat(discarded).exists();
        admin.discard(dropped.id());
        await().atMost(Duration.ofSeconds(10)).until(() -> !Files.exists(discarded));
        assertThatThrownBy(() -> admin.importTmx(dropped.id(), DuplicateChoice.SKIP, p -> {}))
                .hasMessageContaining("expired or was imported");
        // imported: deleted, and the preview cannot be imported twice
        Path imported = Files.write(Files.createTempFile("upload-", ".tmp"), tmx);
        List<Integer> read = new ArrayList<>();
        TmxPreview preview = admin.preview(id, "sdg.tmx", imported, read::add);
        assertThat(read).isSorted().last().isEqualTo(100);
        List<Integer> progress = new ArrayList<>();
        assertThat(admin.importTmx(preview.id(), DuplicateChoice.SKIP, progress::add)
                        .imported())
                .isEqualTo(2);
        assertThat(progress).last().isEqualTo(100);
        assertThat(imported).doesNotExist();
        assertThatThrownBy(() -> admin.importTmx(preview.id(), DuplicateChoice.SKIP, p -> {}))
                .hasMessageContaining("expired or was imported");
        assertThat(summary(id).units()).isEqualTo(2);
        // cancelled from the progress (the dialog's Cancel during an import): rolled back, the file deleted
        Path cancelled = Files.write(Files.createTempFile("upload-", ".tmp"), sdgTmx("4-1-title", "13-1-title"));
        TmxPreview stopped = admin.preview(id, "sdg.tmx", cancelled);
        assertThatThrownBy(() -> admin.importTmx(stopped.id(), DuplicateChoice.KEEP_BOTH, p -> {
                    throw new java.util.concurrent.CancellationException();
                }))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(summary(id).units()).isEqualTo(2);
        assertThat(cancelled).doesNotExist();
        admin.delete(id);
    }

    @Test
    void exportThenImportLosesNothing() throws IOException {
        long original = admin.create(TestData.unique("Exported"));
        admin.importTmx(
                admin.preview(original, "sdg.tmx", sdgTmx("16-3-title", "2-1-title"))
                        .id(),
                DuplicateChoice.KEEP_BOTH,
                p -> {});
        admin.importTmx(
                admin.preview(original, "2A.tmx", resource("lisa-tmx-compliance-kit/ImportTest2A.tmx"))
                        .id(),
                DuplicateChoice.KEEP_BOTH,
                p -> {});
        byte[] inline = ("<?xml version=\"1.0\"?><tmx version=\"1.4\"><header srclang=\"en\"/><body><tu>"
                        + "<tuv xml:lang=\"en\"><seg>The <hi type=\"bold\">General Assembly</hi> met* <ph x=\"1\">&lt;br/&gt;"
                        + "</ph><it pos=\"begin\">&lt;i&gt;</it>today</seg></tuv><tuv xml:lang=\"ru\"><seg><hi type=\"bold\">"
                        + "Генеральная Ассамблея</hi> <hi type=\"x-small\">провела</hi> заседание</seg></tuv></tu></body></tmx>")
                .getBytes(StandardCharsets.UTF_8);
        admin.importTmx(admin.preview(original, "inline.tmx", inline).id(), DuplicateChoice.KEEP_BOTH, p -> {});
        byte[] exported = exportMemory(original);
        String text = new String(exported, StandardCharsets.UTF_8);
        assertThat(text)
                .contains("creationtool=\"Statement Workbench\"", "srclang=\"*all*\"", "adminlang=\"en\"")
                .contains("<bpt i=\"1\" x=\"1\" type=\"bold\">&lt;b&gt;</bpt>black<ept i=\"1\">&lt;/b&gt;</ept>")
                .contains("<hi type=\"bold\">General Assembly</hi> met* <ph x=\"1\">&lt;br/&gt;</ph>")
                .contains("<hi type=\"x-small\">провела</hi>")
                .contains("<prop type=\"x-document-symbol\">A/RES/70/1</prop>")
                .contains("changeid=\"sdg.ar\" changedate=\"20250101T000000Z\"");

        long copy = admin.create(TestData.unique("Imported back"));
        TmxPreview preview = admin.preview(copy, "exported.tmx", exported);
        assertThat(preview.units()).isEqualTo(summary(original).units());
        admin.importTmx(preview.id(), DuplicateChoice.KEEP_BOTH, p -> {});
        assertThat(body(exportMemory(copy))).isEqualTo(body(exported));

        byte[] pair = exportPair(original, UnLanguage.EN, UnLanguage.RU);
        String pairText = new String(pair, StandardCharsets.UTF_8);
        assertThat(pairText).contains("srclang=\"en\"").doesNotContain("xml:lang=\"fr\"");
        assertThat(new TmxReader().read(pair).units()).hasSize(3); // two SDG targets and the inline unit
        admin.delete(original);
        admin.delete(copy);
    }

    /** Where the memory is in the list, in the order of priority. */
    private int place(long memoryId) {
        List<MemorySummary> all = admin.list();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id() == memoryId) {
                return i;
            }
        }
        throw new AssertionError("no memory " + memoryId);
    }

    private byte[] exportMemory(long memoryId) throws IOException {
        var out = new ByteArrayOutputStream();
        admin.exportMemory(memoryId, out);
        return out.toByteArray();
    }

    private byte[] exportPair(long memoryId, UnLanguage source, UnLanguage target) throws IOException {
        var out = new ByteArrayOutputStream();
        admin.exportPair(memoryId, source, target, out);
        return out.toByteArray();
    }

    private byte[] exportStatement(long statementId) throws IOException {
        var out = new ByteArrayOutputStream();
        admin.exportStatement(statementId, out);
        return out.toByteArray();
    }

    private static String body(byte[] tmx) {
        String text = new String(tmx, StandardCharsets.UTF_8);
        return text.substring(text.indexOf("<body>"));
    }

    @Test
    void adminsRenameReorderAndDeleteMemoriesButApprovedStatementsStays() {
        long a = admin.create(TestData.unique("UN reference corpus"));
        long b = admin.create(TestData.unique("Older statements"));
        assertThatThrownBy(() -> admin.create(summary(a).name()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already a memory");
        admin.rename(a, summary(a).name() + " (2015-2025)");
        assertThat(summary(a).name()).endsWith("(2015-2025)");
        // other tests' memories share this database (some with equal priorities): compare places in the list
        assertThat(place(b)).isEqualTo(place(a) + 1);
        assertThat(admin.move(b, true)).isTrue();
        assertThat(place(b)).as("moved up, before a").isEqualTo(place(a) - 1);
        assertThat(summary(b).priority()).isLessThan(summary(a).priority());
        assertThat(admin.list().getFirst().priority()).isEqualTo(1);
        MemorySummary approved = admin.list().stream()
                .filter(MemorySummary::approvedStatements)
                .findFirst()
                .orElseThrow();
        assertThat(admin.move(approved.id(), true)).isEqualTo(approved.priority() > 1);
        assertThatThrownBy(() -> admin.delete(approved.id()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot be deleted");
        assertThatThrownBy(() -> admin.rename(approved.id(), "Other")).isInstanceOf(IllegalArgumentException.class);
        admin.delete(a);
        admin.delete(b);
        assertThat(admin.list()).extracting(MemorySummary::id).doesNotContain(a, b);
    }

    @Test
    void aStatementsApprovedUnitsAreExported() throws IOException {
        String english = "Substantially reduce corruption and bribery in all their forms";
        String french = "Réduire nettement la corruption et la pratique des pots-de-vin sous toutes leurs formes";
        long statement = data.statement(TestData.unique("TMX export"))
                .into(UnLanguage.FR)
                .paragraphs(english)
                .create();
        data.fourEyesOff(statement);
        long segment = data.asAdmin(() -> data.rows(statement, UnLanguage.FR))
                .getFirst()
                .segmentId();
        TestSignIn.as(adminName, Role.ADMIN);
        translations.approveOverriding(
                new org.statementworkbench.statement.SaveTranslation(
                        segment,
                        UnLanguage.FR,
                        french,
                        org.statementworkbench.statement.SegmentStatus.APPROVED,
                        org.statementworkbench.statement.TranslationState.UNSAVED_VERSION),
                "The wording is that of the UN translation of SDG target 16.5.");
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            TestSignIn.as(adminName, Role.ADMIN);
            return new TmxReader().read(exportStatement(statement)).units().size() == 1;
        });
        TestSignIn.as(adminName, Role.ADMIN);
        TmxFile.Unit unit =
                new TmxReader().read(exportStatement(statement)).units().getFirst();
        assertThat(unit.texts().get(UnLanguage.EN).text()).isEqualTo(english);
        assertThat(unit.texts().get(UnLanguage.FR).text()).isEqualTo(french);
        assertThat(unit.texts().get(UnLanguage.FR).author()).isEqualTo(adminName);
    }
}
