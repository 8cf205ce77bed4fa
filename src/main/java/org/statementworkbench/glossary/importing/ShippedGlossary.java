package org.statementworkbench.glossary.importing;

import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.statementworkbench.glossary.exchange.ImportFormat;

/**
 * Loads the glossary that ships with the workbench ({@code glossary/un-glossary.tbx}, TBX v3) on the first start
 * of an empty glossary, on the embedded database and on MariaDB alike: a new installation starts with the UN
 * terminology, and a glossary that has concepts is never touched. The concepts are created as an import by the
 * user {@value #USER} would create them (approved terms, one history entry each, "loaded from the shipped
 * glossary"). A missing or unreadable file is logged and skipped; the workbench starts either way. Switch off
 * with {@code workbench.glossary.load-shipped=false}; point elsewhere with
 * {@code workbench.glossary.shipped-resource}.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "workbench.glossary.load-shipped", havingValue = "true", matchIfMissing = true)
public class ShippedGlossary implements ApplicationRunner {

    static final String USER = "system";
    static final String DEFAULT_RESOURCE = "classpath:glossary/un-glossary.tbx";

    private static final Logger log = LoggerFactory.getLogger(ShippedGlossary.class);

    private final GlossaryImports imports;
    private final JdbcTemplate jdbc;
    private final ResourceLoader resources;
    private final String location;

    ShippedGlossary(
            GlossaryImports imports,
            JdbcTemplate jdbc,
            ResourceLoader resources,
            @Value("${workbench.glossary.shipped-resource:" + DEFAULT_RESOURCE + "}") String location) {
        this.imports = imports;
        this.jdbc = jdbc;
        this.resources = resources;
        this.location = location;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer concepts = jdbc.queryForObject("select count(*) from glossary_concept", Integer.class);
        if (concepts != null && concepts > 0) {
            return;
        }
        load(resources.getResource(location));
    }

    /** Imports the file's concepts that are new; returns how many were created (0 when it is missing or bad). */
    public int load(Resource resource) {
        if (!resource.exists()) {
            log.info("No shipped glossary at {}: the glossary starts empty", resource.getDescription());
            return 0;
        }
        long start = System.nanoTime();
        try (InputStream in = resource.getInputStream()) {
            String name = resource.getFilename() == null ? "shipped glossary" : resource.getFilename();
            ImportPreview preview = imports.prepare(in.readAllBytes(), name, ImportFormat.TBX, USER);
            ImportResult result = imports.commit(preview, ImportDecisions.defaults(), USER);
            log.info(
                    "Loaded the shipped glossary {}: {} concepts created in {} ms",
                    name,
                    result.created(),
                    (System.nanoTime() - start) / 1_000_000);
            return result.created();
        } catch (IOException | RuntimeException e) {
            log.error(
                    "Could not load the shipped glossary {}: {}; the glossary starts without it",
                    resource.getDescription(),
                    e.getMessage());
            return 0;
        }
    }
}
