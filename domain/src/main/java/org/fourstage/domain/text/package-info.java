/**
 * Text the domain hands to people, as message keys with arguments
 * ({@link org.fourstage.domain.text.Phrase}): the domain decides what is said, the web
 * module words it in the reader's language.
 */
@NullMarked
package org.fourstage.domain.text;

import org.jspecify.annotations.NullMarked;
