/**
 * How web tests start FourStage: on a real PostgreSQL, with a fresh copy of the started
 * application's database for every test class.
 */
@NullMarked
package org.fourstage.web.testing;

import org.jspecify.annotations.NullMarked;
