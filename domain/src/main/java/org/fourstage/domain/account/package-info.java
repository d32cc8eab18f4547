/**
 * Accounts of a clinic's admins, physiotherapists and patients: who may sign in, in which
 * role, and the rules for passwords and for pausing sign-in after repeated failures.
 */
@NullMarked
package org.fourstage.domain.account;

import org.jspecify.annotations.NullMarked;
