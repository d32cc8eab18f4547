/**
 * What each stage is for, in words written for patients and clinicians, held as data.
 */
@NullMarked
package org.fourstage.seeds.stage;

import org.jspecify.annotations.NullMarked;
