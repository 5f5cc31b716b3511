package vn.cchc.consolidation.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.cchc.consolidation.ReportFindings;

/** Until the checks module provides {@link ReportFindings}: every report is "chưa kiểm tra" (null). */
@Configuration(proxyBeanMethods = false)
class DefaultReportFindings {

    @Bean
    @ConditionalOnMissingBean(ReportFindings.class)
    ReportFindings notCheckedYet() {
        return reportId -> null;
    }
}
