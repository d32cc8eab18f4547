/**
 * Urgent alerts as use cases: raising them in the transaction that saves the entry
 * ({@link AlertRaising}), reading and answering one ({@link AlertAnswering}), and the
 * page where a physio answers.
 */
@NullMarked
package org.fourstage.web.alert;

import org.jspecify.annotations.NullMarked;
