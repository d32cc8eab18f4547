/**
 * The physio's patient pages and the patient's own pages.
 */
@NullMarked
package org.fourstage.web.patient;

import org.jspecify.annotations.NullMarked;
