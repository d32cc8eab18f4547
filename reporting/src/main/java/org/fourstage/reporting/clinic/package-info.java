/**
 * Read models about clinics as a whole, queried straight from SQL into small records.
 */
@NullMarked
package org.fourstage.reporting.clinic;

import org.jspecify.annotations.NullMarked;
