/**
 * The exercise library and program templates for physiotherapists: browsing and filtering
 * the shared and the clinic's own exercises, adding the clinic's own, and copying a
 * shared template into the clinic to edit it. Also the start-up loader that keeps the
 * shared library in step with the seeds.
 */
@NullMarked
package org.fourstage.web.library;

import org.jspecify.annotations.NullMarked;
