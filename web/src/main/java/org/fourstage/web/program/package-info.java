/**
 * The physio's program pages: assigning a four-stage program, adapting each stage, the
 * version history, and moving the patient between stages.
 */
@NullMarked
package org.fourstage.web.program;

import org.jspecify.annotations.NullMarked;
