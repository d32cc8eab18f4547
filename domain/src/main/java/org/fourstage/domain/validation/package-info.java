/**
 * Field-keyed validation results shared by the feature packages: a rule that refuses
 * input says which field is wrong and why, so the web layer can show the message next to
 * that field instead of failing the whole form with one exception.
 */
@NullMarked
package org.fourstage.domain.validation;

import org.jspecify.annotations.NullMarked;
