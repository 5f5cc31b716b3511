package vn.cchc.report;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * Stand-ins for the two ports the workflow needs, registered only while no real implementation exists. The
 * checks module replaces {@link NoSubmissionChecks}; the composition (rendering) module replaces
 * {@link DevelopmentReportRendering}. Scanned components are registered before these conditions are evaluated,
 * so a {@code @Component} implementing the port elsewhere wins.
 */
@Configuration(proxyBeanMethods = false)
class WorkflowFallbacks {

    @Bean
    @ConditionalOnMissingBean(SubmissionChecks.class)
    SubmissionChecks noSubmissionChecks() {
        return new NoSubmissionChecks();
    }

    @Bean
    @ConditionalOnMissingBean(ReportRendering.class)
    ReportRendering developmentReportRendering(JdbcTemplate jdbc, ObjectMapper json) {
        return new DevelopmentReportRendering(jdbc, json);
    }
}
