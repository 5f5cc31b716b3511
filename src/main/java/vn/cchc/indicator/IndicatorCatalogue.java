package vn.cchc.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.orgunit.OrgUnitLevel;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.orgunit.UnitViewer;
import vn.cchc.report.ReportSection;
import vn.cchc.shared.AuditEvent;
import vn.cchc.shared.AuditTrail;
import vn.cchc.shared.ConflictException;
import vn.cchc.shared.FieldViolation;
import vn.cchc.shared.ForbiddenException;
import vn.cchc.shared.Messages;
import vn.cchc.shared.NotFoundException;
import vn.cchc.shared.ValidationFailedException;

/** The indicator catalogue, managed by the administrator. */
@Service
@Transactional(readOnly = true)
public class IndicatorCatalogue {

    private final IndicatorRepository indicators;
    private final IndicatorValueRepository values;
    private final IndicatorRelations relations;
    private final OrgUnits orgUnits;
    private final AuditTrail audit;
    private final Messages messages;

    IndicatorCatalogue(
            IndicatorRepository indicators,
            IndicatorValueRepository values,
            IndicatorRelations relations,
            OrgUnits orgUnits,
            AuditTrail audit,
            MessageSource messages) {
        this.orgUnits = orgUnits;
        this.indicators = indicators;
        this.values = values;
        this.relations = relations;
        this.audit = audit;
        this.messages = new Messages(messages);
    }

    public List<Indicator> all() {
        return indicators.findAllByOrderByPositionAscCodeAsc();
    }

    public Indicator get(long id) {
        return indicators.findById(id).orElseThrow(() -> new NotFoundException("indicator.notFound", id));
    }

    /**
     * An entry created by whoever asks: the administrator anywhere (national when no owner is given); a receiving
     * office (district or province) only for itself, so it reaches its own units; a commune not at all.
     */
    @Transactional
    public Indicator createFor(UnitViewer viewer, IndicatorInput in) {
        if (viewer.seesAll()) return create(in);
        if (!viewer.seesSubordinates() || viewer.unitId() == null) throw new ForbiddenException("indicator.forbidden");
        if (in.ownerUnitId() != null && !in.ownerUnitId().equals(viewer.unitId()))
            throw new ForbiddenException("indicator.forbidden");
        return create(new IndicatorInput(
                in.code(),
                in.label(),
                in.unitOfMeasure(),
                in.sectionCode(),
                in.kind(),
                in.position(),
                in.active(),
                in.moneyScale(),
                in.outOf(),
                in.parts(),
                in.numerator(),
                in.denominator(),
                viewer.unitId(),
                in.yearFrom(),
                in.yearTo()));
    }

    /** The entries a viewer may read: the national ones, its own office's and those of the offices above it. */
    public List<Indicator> visibleTo(UnitViewer viewer) {
        if (viewer.seesAll()) return all();
        Set<Long> chain = new HashSet<>();
        if (viewer.unitId() != null) {
            chain.add(viewer.unitId());
            orgUnits.ancestorsOn(viewer.unitId(), LocalDate.now()).forEach(u -> chain.add(u.getId()));
        }
        return all().stream()
                .filter(i -> i.getOwnerUnitId() == null || chain.contains(i.getOwnerUnitId()))
                .toList();
    }

    @Transactional
    public Indicator create(IndicatorInput in) {
        List<FieldViolation> errors = validate(in);
        if (in.ownerUnitId() != null) {
            var owner = orgUnits.all().stream()
                    .filter(u -> u.getId().equals(in.ownerUnitId()))
                    .findFirst();
            if (owner.isEmpty() || owner.get().getLevel() == OrgUnitLevel.COMMUNE) {
                errors.add(v("ownerUnitId", "indicator.owner.invalid"));
            }
        }
        if (in.code() == null || !in.code().matches("[A-Z][A-Z0-9_]{1,59}"))
            errors.add(v("code", "indicator.code.pattern"));
        else if (indicators.findByCode(in.code()).isPresent())
            errors.add(v("code", "indicator.code.exists", in.code()));
        List<Long> parts = validateRelations(in.code(), in, errors);
        if (!errors.isEmpty()) throw new ValidationFailedException(errors);
        Indicator i = new Indicator(in.code(), in.ownerUnitId());
        i.apply(in);
        i = indicators.saveAndFlush(i);
        saveRelations(i, in, parts);
        audit.record(AuditEvent.of("CREATE", "Indicator", i.getId(), null, in));
        return i;
    }

    @Transactional
    public Indicator update(long id, IndicatorInput in, long expectedVersion) {
        Indicator i = get(id);
        if (i.getVersion() != expectedVersion) throw new ConflictException("error.staleVersion");
        List<FieldViolation> errors = validate(in);
        List<Long> parts = validateRelations(i.getCode(), in, errors);
        if (!errors.isEmpty()) throw new ValidationFailedException(errors);
        refuseLossyKindChange(i, in);
        IndicatorInput before = new IndicatorInput(
                i.getCode(),
                i.getLabel(),
                i.getUnitOfMeasure(),
                i.getSectionCode(),
                i.getKind().name(),
                i.getPosition(),
                i.isActive());
        i.apply(in);
        indicators.saveAndFlush(i);
        saveRelations(i, in, parts);
        audit.record(AuditEvent.of(
                "UPDATE",
                "Indicator",
                i.getId(),
                before,
                new IndicatorInput(
                        i.getCode(),
                        in.label(),
                        in.unitOfMeasure(),
                        in.sectionCode(),
                        in.kind(),
                        in.position(),
                        in.active())));
        return i;
    }

    private List<FieldViolation> validate(IndicatorInput in) {
        List<FieldViolation> errors = new ArrayList<>();
        if (in.label() == null || in.label().isBlank()) errors.add(v("label", "indicator.label.required"));
        else if (in.label().trim().length() > 300) errors.add(v("label", "indicator.label.size"));
        if (in.unitOfMeasure() != null && in.unitOfMeasure().trim().length() > 40)
            errors.add(v("unitOfMeasure", "indicator.unitOfMeasure.size"));
        if (in.sectionCode() == null || ReportSection.byCode(in.sectionCode()).isEmpty())
            errors.add(v("sectionCode", "indicator.sectionCode.required"));
        boolean kindOk = false;
        for (IndicatorKind k : IndicatorKind.values()) if (k.name().equals(in.kind())) kindOk = true;
        if (!kindOk) errors.add(v("kind", "indicator.kind.required"));
        if (in.position() != null && in.position() < 0) errors.add(v("position", "indicator.position.invalid"));
        if (in.yearFrom() != null && (in.yearFrom() < 2000 || in.yearFrom() > 2100))
            errors.add(v("yearFrom", "indicator.year.invalid", in.yearFrom()));
        if (in.yearTo() != null && (in.yearTo() < 2000 || in.yearTo() > 2100))
            errors.add(v("yearTo", "indicator.year.invalid", in.yearTo()));
        if (in.yearFrom() != null && in.yearTo() != null && in.yearFrom() > in.yearTo())
            errors.add(v("yearTo", "indicator.year.order"));
        if (in.moneyScale() != null
                && !in.moneyScale().isBlank()
                && Arrays.stream(MoneyScale.values()).noneMatch(m -> m.name().equals(in.moneyScale()))) {
            errors.add(v("moneyScale", "indicator.moneyScale.invalid"));
        }
        if (in.outOf() != null && !in.outOf().isBlank()) {
            BigDecimal max = IndicatorValues.decimal(in.outOf().trim());
            if (max == null
                    || max.signum() <= 0
                    || max.compareTo(BigDecimal.valueOf(1_000_000)) >= 0
                    || max.stripTrailingZeros().scale() > 2) {
                errors.add(v("outOf", "indicator.outOf.invalid", in.outOf()));
            }
        }
        return errors;
    }

    /**
     * Parts must be other numeric indicators of the catalogue; a ratio belongs to a percent and names two terms
     * that exist (an indicator code or a Biểu 06 column). Returns the part ids (null: leave the parts as they are).
     */
    private List<Long> validateRelations(String code, IndicatorInput in, List<FieldViolation> errors) {
        List<Long> partIds = null;
        if (in.parts() != null) {
            partIds = new ArrayList<>();
            for (String part : in.partList()) {
                Indicator p = indicators.findByCode(part).orElse(null);
                if (p == null || part.equals(code)) errors.add(v("parts", "indicator.parts.unknown", part));
                else if (!p.getKind().numeric()) errors.add(v("parts", "indicator.parts.notNumeric", part));
                else if (!partIds.contains(p.getId())) partIds.add(p.getId());
            }
            if (!partIds.isEmpty()
                    && (in.kind() == null || !IndicatorKind.valueOf(in.kind()).numeric())) {
                errors.add(v("parts", "indicator.parts.totalNotNumeric"));
            }
        }
        boolean num = in.numerator() != null && !in.numerator().isBlank();
        boolean den = in.denominator() != null && !in.denominator().isBlank();
        if (num || den) {
            Set<String> codes = new HashSet<>();
            indicators.findAll().forEach(x -> codes.add(x.getCode()));
            if (code != null) codes.add(code);
            if (!"PERCENT".equals(in.kind())) errors.add(v("numerator", "indicator.ratio.notPercent"));
            if (!IndicatorRelations.validTerm(trim(in.numerator()), codes))
                errors.add(v("numerator", "indicator.ratio.term", trim(in.numerator())));
            if (!IndicatorRelations.validTerm(trim(in.denominator()), codes))
                errors.add(v("denominator", "indicator.ratio.term", trim(in.denominator())));
        }
        return partIds;
    }

    private void saveRelations(Indicator i, IndicatorInput in, List<Long> partIds) {
        if (partIds != null) relations.replaceParts(i.getId(), partIds);
        if (in.numerator() != null || in.denominator() != null) {
            boolean none = trim(in.numerator()) == null;
            relations.replaceRatio(i.getId(), none ? null : trim(in.numerator()), none ? null : trim(in.denominator()));
        }
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /**
     * A kind change must not orphan figures already entered: a value that does not read under the new kind would
     * vanish from the reports that carry it. Refused with the number of such values (the clerk or the office fixes
     * or removes them first, or a new indicator is made).
     */
    private void refuseLossyKindChange(Indicator i, IndicatorInput in) {
        IndicatorKind to = IndicatorKind.valueOf(in.kind());
        if (to == i.getKind()) return;
        long broken = values.findByIndicatorId(i.getId()).stream()
                .filter(x -> !fits(to, in, x))
                .count();
        if (broken > 0) {
            throw new ValidationFailedException(List.of(v(
                    "kind",
                    "indicator.kind.wouldBreak",
                    messages.text(i.getKind().labelKey()),
                    messages.text(to.labelKey()),
                    broken)));
        }
    }

    /** Whether a stored value still reads under the new kind. */
    private static boolean fits(IndicatorKind to, IndicatorInput in, IndicatorValue x) {
        BigDecimal n = x.getNumericValue();
        return switch (to) {
            case TEXT -> x.getTextValue() != null;
            case DATE -> x.getDateValue() != null;
            case YES_NO -> x.getYesNo() != null;
            case COUNT, MONEY ->
                n != null && n.signum() >= 0 && n.stripTrailingZeros().scale() <= 0;
            case PERCENT ->
                n != null
                        && n.signum() >= 0
                        && n.compareTo(BigDecimal.valueOf(100)) <= 0
                        && n.stripTrailingZeros().scale() <= 2;
            case DECIMAL -> {
                BigDecimal max = in.outOf() == null
                        ? null
                        : IndicatorValues.decimal(in.outOf().trim());
                yield n != null && (max == null || n.compareTo(max) <= 0);
            }
        };
    }

    private FieldViolation v(String field, String key, Object... args) {
        return new FieldViolation(field, messages.text(key, args));
    }
}
