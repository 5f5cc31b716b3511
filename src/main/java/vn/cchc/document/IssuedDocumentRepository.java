package vn.cchc.document;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface IssuedDocumentRepository extends JpaRepository<IssuedDocument, Long> {

    List<IssuedDocument> findByOrgUnitId(Long orgUnitId);

    List<IssuedDocument> findByOrgUnitIdAndIssuedOnBetween(Long orgUnitId, LocalDate from, LocalDate to);
}
