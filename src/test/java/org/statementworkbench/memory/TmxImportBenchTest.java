package org.statementworkbench.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.statementworkbench.memory.TmxImportBench.Database;
import org.statementworkbench.memory.TmxImportBench.Result;
import org.statementworkbench.memory.TmxImportBench.Run;

/**
 * {@code ./workbench bench memory-import} at 2,000 units on the embedded H2 default, so that the bench cannot rot
 * between its runs at 1,000,000: every unit of the streamed file is imported and the last one becomes searchable. H2
 * only: booting the application a second time for MariaDB takes the test past half a minute on this machine (the
 * MariaDB side shares all but the database's set-up and size query).
 */
class TmxImportBenchTest {

    static final int UNITS = 2_000;

    @Test
    void importsATinyMemoryFromFileToSearchableOnH2() {
        List<Result> results = TmxImportBench.measure(UNITS, 1, List.of(Database.H2), TmxImportBench.MARIADB_DATABASE);
        TmxImportBench.print(results);

        assertThat(results).extracting(Result::database).containsExactly(Database.H2);
        for (Result result : results) {
            assertThat(result.units()).isEqualTo(UNITS);
            assertThat(result.fileBytes()).isGreaterThan(UNITS * 100L);
            assertThat(result.runs()).hasSize(1);
            Run run = result.runs().getFirst();
            assertThat(List.of(run.baseline(), run.preview(), run.importing(), run.catchUp()))
                    .allMatch(seconds -> seconds > 0);
            assertThat(run.total()).isEqualTo(run.preview() + run.importing() + run.catchUp());
            assertThat(result.databaseBytes()).isPositive();
            assertThat(result.indexBytes()).isPositive();
            assertThat(result.heapAfterGc()).isPositive();
            assertThat(result.loadBefore()).isNotBlank();
        }
    }
}
