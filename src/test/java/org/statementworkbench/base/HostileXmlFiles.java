package org.statementworkbench.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One set of hostile and borderline XML files, run against every reader of untrusted XML (the batch QA's XLIFF and
 * TMX input, the glossary's TBX reader, the memory's TMX reader) by a parameterised test next to each reader, so the
 * {@link SafeXml} policy is checked the same way everywhere. Each file is built for the reader's {@link Format}: line
 * 1 the XML declaration, line 2 the DOCTYPE (blank if none), line 3 the document with one unit whose text varies.
 */
public final class HostileXmlFiles {

    /** The unit text of the accepted files: a predefined entity and character references, read as {@link #READ}. */
    public static final String TEXT = "Peace &amp; S&#233;curit&#233;";

    public static final String READ = "Peace & Sécurité";

    private HostileXmlFiles() {}

    /**
     * A format's document on one line.
     *
     * @param root the root element, named in DOCTYPE lines
     * @param document the whole root element, with {@code %s} where the first unit's text goes (the text a reader
     *     test compares with {@link Case#text()})
     */
    public record Format(String root, String document) {
        String body(String text) {
            return document.formatted(text);
        }
    }

    /**
     * A file and what becomes of it.
     *
     * @param text the text the reader gives for the unit, or null if the file is refused
     * @param message what a refusal's message contains (case ignored), such as the line and the construct at fault
     */
    public record Case(
            String name,
            Function<Format, byte[]> file,
            @Nullable String text,
            List<String> message) {

        public byte[] file(Format format) {
            return file.apply(format);
        }

        public boolean accepted() {
            return text != null;
        }

        /** The reader's message for the refused file: one line naming the problem, nothing of /etc/passwd. */
        public void assertRefusal(Throwable refusal) {
            String m = String.valueOf(refusal.getMessage());
            assertThat(m).as(name).doesNotContain("\n").doesNotContain("root:x:0");
            message.forEach(part -> assertThat(m).as(name).containsIgnoringCase(part));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    /** For {@code @MethodSource("org.statementworkbench.base.HostileXmlFiles#cases")}. */
    public static Stream<Case> cases() {
        return Stream.of(
                refused(
                        "billion laughs (nested internal entities)",
                        f -> "<!DOCTYPE " + f.root() + " [<!ENTITY lol \"lol\">" + laughs() + "]>",
                        "&lol9;",
                        "line 2",
                        "<!ENTITY lol ...>",
                        "entity declarations are not allowed"),
                refused(
                        "external general entity to file:///etc/passwd",
                        f -> "<!DOCTYPE " + f.root() + " [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>",
                        "&xxe;",
                        "line 2",
                        "<!ENTITY xxe ...>"),
                refused(
                        "external parameter entity",
                        f -> "<!DOCTYPE " + f.root() + " [<!ENTITY % ext SYSTEM \"file:///etc/passwd\"> %ext;]>",
                        TEXT,
                        "line 2",
                        "<!ENTITY % ext ...>"),
                refused(
                        "internal subset without entities",
                        f -> "<!DOCTYPE " + f.root() + " [<!ELEMENT " + f.root() + " ANY>]>",
                        TEXT,
                        "line 2",
                        "internal DTD subset",
                        "not allowed"),
                refused(
                        "internal subset behind a comment that names a bare DOCTYPE",
                        f -> "<!-- <!DOCTYPE note SYSTEM \"note.dtd\"> --><!DOCTYPE " + f.root()
                                + " [<!ENTITY e \"boom\">]>",
                        "&e;",
                        "line 2",
                        "<!ENTITY e ...>"),
                refused(
                        "reference to an undeclared entity in text",
                        f -> "",
                        "a &nbsp; b",
                        "line 3",
                        "entity reference &nbsp; is not allowed"),
                refused(
                        "undeclared entity in text under a bare DOCTYPE",
                        f -> "<!DOCTYPE " + f.root() + " SYSTEM \"" + f.root() + ".dtd\">",
                        "a &nbsp; b",
                        "line 3",
                        "entity reference &nbsp; is not allowed"),
                new Case(
                        "undeclared entity in an attribute under a bare DOCTYPE",
                        f -> bytes(DECLARATION
                                + "<!DOCTYPE " + f.root() + " SYSTEM \"" + f.root() + ".dtd\">\n"
                                + f.body(TEXT)
                                        .replaceFirst("<" + f.root() + " ", "<" + f.root() + " x-note=\"&nbsp;\" ")),
                        null,
                        List.of("line 3", "entity reference &nbsp; is not allowed")),
                accepted(
                        "bare SYSTEM DOCTYPE accepted and never read",
                        f -> "<!DOCTYPE " + f.root() + " SYSTEM \"file:///nonexistent/" + f.root() + ".dtd\">"),
                accepted(
                        "PUBLIC DOCTYPE accepted and never fetched",
                        f -> "<!DOCTYPE " + f.root()
                                + " PUBLIC \"-//LISA OSCAR:1998//DTD for Translation Memory eXchange//EN\""
                                + " 'http://127.0.0.1:9/" + f.root() + ".dtd'>"),
                accepted("DOCTYPE over two lines accepted", f -> "<!DOCTYPE " + f.root() + "\n  SYSTEM \"x.dtd\">"),
                new Case(
                        "wrong encoding declaration (UTF-8 declared, ISO-8859-1 written)",
                        f -> (DECLARATION + "\n" + f.body("Sécurité")).getBytes(StandardCharsets.ISO_8859_1),
                        null,
                        List.of("line 3", "not valid UTF-8")),
                new Case(
                        "truncated file",
                        f -> {
                            String whole = DECLARATION + "\n" + f.body("Peace and security");
                            return bytes(whole.substring(0, whole.indexOf("Peace and security") + 5));
                        },
                        null,
                        List.of("truncated")));
    }

    private static String laughs() {
        var out = new StringBuilder();
        for (int i = 2; i <= 9; i++) {
            String previous = i == 2 ? "lol" : "lol" + (i - 1);
            out.append("<!ENTITY lol").append(i).append(" \"");
            out.append(("&" + previous + ";").repeat(10)).append("\">");
        }
        return out.toString();
    }

    private static Case refused(String name, Function<Format, String> doctype, String text, String... message) {
        return new Case(name, f -> bytes(DECLARATION + doctype.apply(f) + "\n" + f.body(text)), null, List.of(message));
    }

    private static Case accepted(String name, Function<Format, String> doctype) {
        return new Case(name, f -> bytes(DECLARATION + doctype.apply(f) + "\n" + f.body(TEXT)), READ, List.of());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
