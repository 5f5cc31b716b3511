package vn.cchc.report;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReportRepository extends JpaRepository<Report, Long> {

    List<Report> findByOrgUnitIdIn(Collection<Long> unitIds);

    Optional<Report> findByOrgUnitIdAndPeriodId(Long orgUnitId, Long periodId);

    /** The report row locked for the rest of the transaction: one transition at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Report r where r.id = :id")
    Optional<Report> lockById(@Param("id") Long id);
}
