/**
 * The public start page.
 */
@NullMarked
package org.fourstage.web.home;

import org.jspecify.annotations.NullMarked;
