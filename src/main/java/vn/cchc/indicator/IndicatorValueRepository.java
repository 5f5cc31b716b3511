package vn.cchc.indicator;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface IndicatorValueRepository extends JpaRepository<IndicatorValue, Long> {

    List<IndicatorValue> findByReportId(Long reportId);

    List<IndicatorValue> findByIndicatorId(Long indicatorId);
}
