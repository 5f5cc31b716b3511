/** Infrastructure every feature uses: embedded database, errors, formatting, audit trail. */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package vn.cchc.shared;

import org.springframework.modulith.ApplicationModule;
