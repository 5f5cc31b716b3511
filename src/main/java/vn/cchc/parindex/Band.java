package vn.cchc.parindex;

import java.math.BigDecimal;

/** A classification band: a total of at least {@code minPercent} % of the index's maximum earns {@code label}. */
public record Band(String label, BigDecimal minPercent) {}
