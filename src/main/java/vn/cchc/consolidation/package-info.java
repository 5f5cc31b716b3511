/** Consolidation for the receiving office: who has reported, one table for all its communes, the signed files. */
package vn.cchc.consolidation;
