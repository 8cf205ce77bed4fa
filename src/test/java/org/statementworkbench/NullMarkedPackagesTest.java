package org.statementworkbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/**
 * NullAway checks only {@code @NullMarked} code (its OnlyNullMarked option in pom.xml): a package whose
 * package-info.java does not say {@code @NullMarked} would escape the nullness check without a word.
 */
class NullMarkedPackagesTest {

    @Test
    void everyMainPackageIsNullMarked() throws IOException {
        Path root = Path.of("src/main/java");
        List<String> packages;
        try (Stream<Path> files = Files.walk(root)) {
            packages = files.filter(f -> f.toString().endsWith(".java"))
                    .map(f -> root.relativize(f.getParent()).toString().replace(File.separatorChar, '.'))
                    .distinct()
                    .sorted()
                    .toList();
        }
        assertThat(packages).contains("org.statementworkbench.base", "org.statementworkbench.qa");
        assertThat(packages)
                .allSatisfy(p -> assertThat(nullMarked(p))
                        .as("@NullMarked in %s/package-info.java", p.replace('.', '/'))
                        .isTrue());
    }

    private static boolean nullMarked(String pkg) {
        try {
            return Class.forName(pkg + ".package-info").isAnnotationPresent(NullMarked.class);
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
