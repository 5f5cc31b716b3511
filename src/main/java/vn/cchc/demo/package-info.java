/** The demo data set (huyện Thanh Hà, xã Liên Mạc 2023), loaded on an empty database unless switched off. */
package vn.cchc.demo;
