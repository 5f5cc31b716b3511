/** Accounts, roles and the unit each is bound to; sign-in, lock-out, password changes; security configuration. */
package vn.cchc.account;
