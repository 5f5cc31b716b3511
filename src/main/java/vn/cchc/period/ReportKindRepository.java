package vn.cchc.period;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportKindRepository extends JpaRepository<ReportKind, Long> {

    Optional<ReportKind> findByCode(String code);

    List<ReportKind> findAllByOrderByCode();
}
