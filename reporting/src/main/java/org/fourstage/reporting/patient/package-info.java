/**
 * Read models over a clinic's patients, such as the physio's patient list.
 */
@NullMarked
package org.fourstage.reporting.patient;

import org.jspecify.annotations.NullMarked;
