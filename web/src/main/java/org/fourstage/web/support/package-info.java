/**
 * What every page shares: the clock, not-found handling, paging links, the error page
 * model, the domain's one text rule applied to every bound value, and plain 4xx answers
 * for requests that cannot be read.
 */
@NullMarked
package org.fourstage.web.support;

import org.jspecify.annotations.NullMarked;
