/**
 * Writing the audit trail from requests, and the admin's page for reading it.
 */
@NullMarked
package org.fourstage.web.audit;

import org.jspecify.annotations.NullMarked;
