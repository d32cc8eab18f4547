/**
 * What every page shares: the clock, not-found handling, paging links and the error page
 * model.
 */
@NullMarked
package org.fourstage.web.support;

import org.jspecify.annotations.NullMarked;
