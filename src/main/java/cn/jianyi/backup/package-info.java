/**
 * 备份与恢复 / Backup and restore (ADR 0067): {@code bin/jianyi backup DIR} writes a consistent copy of the database
 * (H2: its own {@code SCRIPT}; PostgreSQL: every table through {@code COPY} in one read-only snapshot), the feedback
 * signing key folder and the seal folder in sub-folders of their own, and a manifest with an SM3 checksum per file,
 * the application and schema versions and the row count of every table; {@code bin/jianyi restore DIR} checks the
 * manifest, refuses a database that is not empty or of another schema version, and puts all of it back.
 */
@org.springframework.modulith.ApplicationModule(displayName = "备份与恢复")
package cn.jianyi.backup;
