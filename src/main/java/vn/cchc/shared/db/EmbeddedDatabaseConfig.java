package vn.cchc.shared.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no datasource configured (no SPRING_DATASOURCE_URL) the app runs on an embedded PostgreSQL, so a fresh
 * machine with only a JDK can start it. The same engine as production; never H2.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfig {

    @Bean(destroyMethod = "") // shared per JVM, stopped by a shutdown hook
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties props) {
        return EmbeddedPostgresServer.obtain(props);
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres pg) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(20);
        config.setPoolName("cchc-embedded");
        // while the database is down a request fails after 5 s (503) instead of hanging 30 s; the pool
        // reconnects by itself once the server is back (FaultToleranceTests)
        config.setConnectionTimeout(5_000);
        return new HikariDataSource(config);
    }
}
