/**
 * The physio's assessment pages: the long form with draft and complete, the findings with
 * the red flag override, the side-by-side comparison, and questionnaire entry from paper.
 */
@NullMarked
package org.fourstage.web.assessment;

import org.jspecify.annotations.NullMarked;
