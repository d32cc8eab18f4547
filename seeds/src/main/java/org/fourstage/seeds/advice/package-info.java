/**
 * Advice texts held as data, such as the Stage 1 flare plan patients see with every
 * flare-up and with the progression advisor's advice to go back to Stage 1.
 */
@NullMarked
package org.fourstage.seeds.advice;

import org.jspecify.annotations.NullMarked;
