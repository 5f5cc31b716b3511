package vn.cchc.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.report.ReportSection;
import vn.cchc.shared.AuditEvent;
import vn.cchc.shared.AuditTrail;
import vn.cchc.shared.ConflictException;
import vn.cchc.shared.FieldViolation;
import vn.cchc.shared.NotFoundException;
import vn.cchc.shared.ValidationFailedException;

/** The indicator catalogue, managed by the administrator. */
@Service
@Transactional(readOnly = true)
public class IndicatorCatalogue {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private final IndicatorRepository indicators;
    private final AuditTrail audit;
    private final MessageSource messages;

    IndicatorCatalogue(IndicatorRepository indicators, AuditTrail audit, MessageSource messages) {
        this.indicators = indicators;
        this.audit = audit;
        this.messages = messages;
    }

    public List<Indicator> all() {
        return indicators.findAllByOrderByPositionAscCodeAsc();
    }

    public Indicator get(long id) {
        return indicators.findById(id).orElseThrow(() -> new NotFoundException("indicator.notFound", id));
    }

    @Transactional
    public Indicator create(IndicatorInput in) {
        List<FieldViolation> errors = validate(in);
        if (in.code() == null || !in.code().matches("[A-Z][A-Z0-9_]{1,59}")) errors.add(v("code", "indicator.code.pattern"));
        else if (indicators.findByCode(in.code()).isPresent()) errors.add(v("code", "indicator.code.exists", in.code()));
        if (!errors.isEmpty()) throw new ValidationFailedException(errors);
        Indicator i = new Indicator(in.code());
        i.apply(in);
        i = indicators.saveAndFlush(i);
        audit.record(AuditEvent.of("CREATE", "Indicator", i.getId(), null, in));
        return i;
    }

    @Transactional
    public Indicator update(long id, IndicatorInput in, long expectedVersion) {
        Indicator i = get(id);
        if (i.getVersion() != expectedVersion) throw new ConflictException("error.staleVersion");
        List<FieldViolation> errors = validate(in);
        if (!errors.isEmpty()) throw new ValidationFailedException(errors);
        IndicatorInput before = new IndicatorInput(i.getCode(), i.getLabel(), i.getUnitOfMeasure(), i.getSectionCode(),
                i.getKind().name(), i.getPosition(), i.isActive());
        i.apply(in);
        indicators.saveAndFlush(i);
        audit.record(AuditEvent.of("UPDATE", "Indicator", i.getId(), before,
                new IndicatorInput(i.getCode(), in.label(), in.unitOfMeasure(), in.sectionCode(), in.kind(), in.position(), in.active())));
        return i;
    }

    private List<FieldViolation> validate(IndicatorInput in) {
        List<FieldViolation> errors = new ArrayList<>();
        if (in.label() == null || in.label().isBlank()) errors.add(v("label", "indicator.label.required"));
        else if (in.label().trim().length() > 300) errors.add(v("label", "indicator.label.size"));
        if (in.unitOfMeasure() != null && in.unitOfMeasure().trim().length() > 40) errors.add(v("unitOfMeasure", "indicator.unitOfMeasure.size"));
        if (in.sectionCode() == null || ReportSection.byCode(in.sectionCode()).isEmpty()) errors.add(v("sectionCode", "indicator.sectionCode.required"));
        boolean kindOk = false;
        for (IndicatorKind k : IndicatorKind.values()) if (k.name().equals(in.kind())) kindOk = true;
        if (!kindOk) errors.add(v("kind", "indicator.kind.required"));
        if (in.position() != null && in.position() < 0) errors.add(v("position", "indicator.position.invalid"));
        return errors;
    }

    private FieldViolation v(String field, String key, Object... args) {
        return new FieldViolation(field, messages.getMessage(key, args, key, VI));
    }
}
