/** Administrative units (province, district, commune) with validity dates, parents over time, successions. */
package vn.cchc.orgunit;
