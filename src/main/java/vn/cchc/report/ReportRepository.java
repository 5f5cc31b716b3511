package vn.cchc.report;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportRepository extends JpaRepository<Report, Long> {

    List<Report> findByOrgUnitIdIn(Collection<Long> unitIds);

    Optional<Report> findByOrgUnitIdAndPeriodId(Long orgUnitId, Long periodId);
}
