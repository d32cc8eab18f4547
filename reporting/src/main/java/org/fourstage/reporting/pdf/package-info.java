/**
 * The one PDF renderer every printed document goes through, with the embedded font that
 * prints what clinics type: the last step of SQL read models, report records, renderers.
 */
@NullMarked
package org.fourstage.reporting.pdf;

import org.jspecify.annotations.NullMarked;
