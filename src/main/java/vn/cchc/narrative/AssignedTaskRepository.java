package vn.cchc.narrative;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssignedTaskRepository extends JpaRepository<AssignedTask, Long> {

    List<AssignedTask> findByReportIdOrderByPositionAscIdAsc(Long reportId);
}
