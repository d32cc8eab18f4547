/**
 * Clinics of the deployment: the first clinic and its admin at first start (from the
 * environment or a one-time setup link), and the operator's command line for more.
 */
@NullMarked
package org.fourstage.web.clinic;

import org.jspecify.annotations.NullMarked;
