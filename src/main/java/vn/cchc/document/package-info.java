/** The issued-documents register of a unit, the documents a report cites, counts of documents by type. */
package vn.cchc.document;
