/**
 * Clinic settings an admin changes, such as the thresholds of the progression advisor.
 */
@NullMarked
package org.fourstage.web.settings;

import org.jspecify.annotations.NullMarked;
