/**
 * Long lists shown a page at a time: accounts, patients, the audit log.
 */
@NullMarked
package org.fourstage.domain.paging;

import org.jspecify.annotations.NullMarked;
