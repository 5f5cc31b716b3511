package vn.cchc.narrative;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NarrativeSectionRepository extends JpaRepository<NarrativeSection, Long> {

    List<NarrativeSection> findByReportId(Long reportId);

    List<NarrativeSection> findByReportIdInAndSectionCode(Collection<Long> reportIds, String sectionCode);
}
