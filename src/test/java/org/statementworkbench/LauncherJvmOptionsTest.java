package org.statementworkbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Java 24+ warns at every start that JNA (LanguageTool's Hunspell) calls a restricted method unless native access is
 * allowed: the test JVMs (surefire's argLine) and every java command of the launcher allow it.
 */
class LauncherJvmOptionsTest {

    @Test
    void theTestJvmAllowsNativeAccessToTheClassPath() throws Exception {
        Module unnamed = getClass().getModule();
        if (Runtime.version().feature() >= 22) {
            boolean enabled =
                    (boolean) Module.class.getMethod("isNativeAccessEnabled").invoke(unnamed);
            assertThat(enabled)
                    .as("--enable-native-access=ALL-UNNAMED in surefire's argLine")
                    .isTrue();
        }
    }

    @Test
    void everyJavaCommandOfTheLauncherAllowsNativeAccess() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("workbench"));
        assertThat(lines).anyMatch(l -> l.strip().equals("JAVA_OPTS=(--enable-native-access=ALL-UNNAMED)"));
        assertThat(lines.stream()
                        .filter(l -> l.contains("\"$JAVA_HOME/bin/java\"")
                                && !l.contains("-version")
                                && !l.contains("XshowSettings"))
                        .toList())
                .hasSize(4) // start, bench, qa, tm
                .allMatch(l -> l.contains("\"${JAVA_OPTS[@]}\""));
    }
}
