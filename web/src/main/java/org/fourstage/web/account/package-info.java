/**
 * Account pages: the admin's account management, the one-time set-password page, and the
 * start page that sends each role where it works.
 */
@NullMarked
package org.fourstage.web.account;

import org.jspecify.annotations.NullMarked;
