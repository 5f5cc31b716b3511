/** Reading uploaded XLSX files safely (size, signature, zip bombs, corrupt files) and writing import templates. */
package vn.cchc.spreadsheet;
