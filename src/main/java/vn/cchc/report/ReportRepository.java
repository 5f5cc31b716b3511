package vn.cchc.report;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportRepository extends JpaRepository<Report, Long> {

    List<Report> findByOrgUnitIdIn(Collection<Long> unitIds);

    Optional<Report> findByOrgUnitIdAndPeriodId(Long orgUnitId, Long periodId);

    /** The report row locked for the rest of the transaction: one transition at a time. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.Query("select r from Report r where r.id = :id")
    Optional<Report> lockById(@org.springframework.data.repository.query.Param("id") Long id);
}
