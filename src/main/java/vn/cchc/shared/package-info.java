/** Infrastructure every feature uses: embedded database, errors, formatting, audit trail. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.cchc.shared;
