package vn.cchc.shared.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
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
    EmbeddedPostgresServer embeddedPostgres(EmbeddedDatabaseProperties props) {
        return EmbeddedPostgresServer.obtain(props);
    }

    @Bean
    DataSource dataSource(EmbeddedPostgresServer pg) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(pg.getJdbcUrl("postgres"));
        config.setUsername(EmbeddedPostgresServer.USER);
        config.setPassword(pg.password());
        config.setMaximumPoolSize(20);
        config.setPoolName("cchc-embedded");
        // while the database is down a request fails after 5 s (503) instead of hanging 30 s; the pool
        // reconnects by itself once the server is back (FaultToleranceTests)
        config.setConnectionTimeout(5_000);
        HikariDataSource ds = new HikariDataSource(config);
        // after a supervised restart every pooled connection is dead: replace them instead of failing one request each
        pg.onRestart(() -> {
            if (!ds.isClosed() && ds.getHikariPoolMXBean() != null)
                ds.getHikariPoolMXBean().softEvictConnections();
        });
        return ds;
    }
}
