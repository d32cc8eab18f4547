/**
 * Assessment and re-assessment of a patient with low back pain: what the physio records
 * (pain, history, where and how it hurts, behaviour, sleep and habits, red flags,
 * physical checks), the rules that refuse impossible input field by field, and the pure
 * derivations shown to the physio with their reasons: red flag screen, pain pattern, QL
 * involvement, morning pattern, sleep advice and the suggested starting stage.
 */
@NullMarked
package org.fourstage.domain.assessment;

import org.jspecify.annotations.NullMarked;
