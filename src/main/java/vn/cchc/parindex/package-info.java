/** Chỉ số CCHC: a province's PAR index for communes as data, self-assessment with evidence, appraisal, ranking. */
package vn.cchc.parindex;
