package org.statementworkbench.glossary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.statementworkbench.glossary.exchange.GlossaryCsv;
import org.statementworkbench.glossary.exchange.TbxWriter;

/**
 * Generates the shipped TBX (glossary/un-glossary.tbx) from its source, glossary/un-glossary.csv, with the
 * workbench's own CSV reader and TBX writer, so the TBX always reads back to exactly what the CSV says.
 * {@link ShippedGlossaryTest} fails when the committed TBX differs from what this produces. Run {@link #main} from
 * the project directory, or: {@code ./mvnw -q test -Dtest=ShippedGlossaryTest -Dglossary.regenerate=true}.
 */
public final class ShippedGlossaryGenerator {

    static final Path CSV = Path.of("glossary", "un-glossary.csv");
    static final Path TBX = Path.of("glossary", "un-glossary.tbx");
    static final String TITLE = "Statement Workbench UN glossary: crime prevention and criminal justice, cybercrime, "
            + "child protection, drugs, terrorism, corruption, organized crime, UN bodies and instruments, ASEAN, "
            + "COVID-19, sustainable development and UN phraseology in Arabic, Chinese, English, French, Russian and "
            + "Spanish. Source: glossary/un-glossary.csv; conventions and sources: glossary/README.md.";

    private ShippedGlossaryGenerator() {}

    /** The TBX for the given CSV content. */
    static byte[] generate(byte[] csv) {
        return new TbxWriter().write(new GlossaryCsv().read(csv), TITLE);
    }

    static void regenerate() throws IOException {
        Files.write(TBX, generate(Files.readAllBytes(CSV)));
    }

    public static void main(String[] args) throws IOException {
        regenerate();
        System.out.println("Wrote " + TBX.toAbsolutePath());
    }
}
