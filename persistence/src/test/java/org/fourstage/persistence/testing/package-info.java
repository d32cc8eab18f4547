/**
 * Test support shared by every module's database tests through this module's test-jar:
 * one real PostgreSQL server per test run (Testcontainers where a Docker engine answers,
 * the embedded binaries otherwise) and a fresh, migrated database for each test class.
 */
@NullMarked
package org.fourstage.persistence.testing;

import org.jspecify.annotations.NullMarked;
