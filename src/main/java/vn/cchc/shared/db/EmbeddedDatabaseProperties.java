package vn.cchc.shared.db;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its data. {@code persistent=false} is for tests: a fresh cluster per JVM
 * with fsync off.
 */
@ConfigurationProperties("cchc.embedded-db")
public record EmbeddedDatabaseProperties(Path dataDir, Boolean persistent, Integer port) {

    public EmbeddedDatabaseProperties {
        if (dataDir == null) dataDir = Path.of("data");
        if (persistent == null) persistent = true;
        if (port == null) port = 0;
    }
}
