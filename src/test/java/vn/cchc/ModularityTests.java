package vn.cchc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Pure static analysis (no Spring, no database): runs beside the other tests (junit-platform.properties), its ~25 s
 * of class scanning overlapping the shared context's start.
 */
@Execution(ExecutionMode.CONCURRENT)
class ModularityTests {

    @Test
    void modulesRespectTheirBoundaries() {
        ApplicationModules.of(CchcReportApplication.class).verify();
    }

    /** Issue 20: a record family's tables are read and written by its own module only. */
    @Test
    void noModuleNamesAnotherModulesTables() {
        assertThat(TableOwnership.violations(Path.of("src/main/java"))).isEmpty();
    }

    @Test
    void theTableRuleCatchesAPlantedViolation() {
        assertThat(TableOwnership.violations(Path.of("src/test/resources/modularity/planted")))
                .containsExactly("vn/cchc/check/internal/PlantedReader.java: names dossier_row of module dossier");
    }

    /** The ownership list names real tables (a renamed table must not silently drop out of the rule). */
    @Test
    void everyOwnedTableIsCreatedByAMigration() throws IOException {
        StringBuilder ddl = new StringBuilder();
        try (Stream<Path> files = Files.list(Path.of("db/migration"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".sql")).toList()) ddl.append(Files.readString(f));
        }
        TableOwnership.OWNERS
                .keySet()
                .forEach(table -> assertThat(Pattern.compile("(?i)create table (if not exists )?" + table + "\\b")
                                .matcher(ddl)
                                .find())
                        .as(table)
                        .isTrue());
    }
}
