package vn.cchc.indicator;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface IndicatorRepository extends JpaRepository<Indicator, Long> {

    List<Indicator> findAllByOrderByPositionAscCodeAsc();

    Optional<Indicator> findByCode(String code);

    List<Indicator> findByCodeIn(Collection<String> codes);
}
