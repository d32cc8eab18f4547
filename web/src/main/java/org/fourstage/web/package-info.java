/**
 * The FourStage application: Spring Boot start-up and the pages of every feature,
 * packaged by feature beneath this package.
 */
@NullMarked
package org.fourstage.web;

import org.jspecify.annotations.NullMarked;
