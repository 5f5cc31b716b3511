package vn.cchc.parindex;

import java.util.List;

/** What the commune types for one criterion: points as typed («1,5»), an explanation, register documents picked. */
public record SelfScoreInput(String code, String points, String explanation, List<Long> documentIds) {}
