package com.outsidein.store;

import static com.outsidein.store.generated.Tables.IMPORT_BATCH;

import com.outsidein.domain.ImportBatch;
import com.outsidein.store.generated.tables.records.ImportBatchRecord;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

public final class ImportBatchRepository {

  private final DSLContext ctx;

  ImportBatchRepository(DSLContext ctx) {
    this.ctx = ctx;
  }

  public List<ImportBatch> all() {
    return ctx.selectFrom(IMPORT_BATCH)
        .orderBy(IMPORT_BATCH.IMPORTED_AT.desc(), IMPORT_BATCH.ID.desc())
        .fetch(ImportBatchRepository::toDomain);
  }

  /** When the newest import was made, if there was one. */
  public Optional<java.time.OffsetDateTime> latestImportedAt() {
    return Optional.ofNullable(
        ctx.select(org.jooq.impl.DSL.max(IMPORT_BATCH.IMPORTED_AT))
            .from(IMPORT_BATCH)
            .fetchSingle()
            .value1());
  }

  public Optional<ImportBatch> byId(long id) {
    return ctx.selectFrom(IMPORT_BATCH)
        .where(IMPORT_BATCH.ID.eq(id))
        .fetchOptional(ImportBatchRepository::toDomain);
  }

  /** Earlier imports of a file with this content. */
  public List<ImportBatch> withSha256(String sha256) {
    return ctx.selectFrom(IMPORT_BATCH)
        .where(IMPORT_BATCH.SHA256.eq(sha256))
        .orderBy(IMPORT_BATCH.ID)
        .fetch(ImportBatchRepository::toDomain);
  }

  public List<ImportBatch> ofStudy(long studyId) {
    return ctx.selectFrom(IMPORT_BATCH)
        .where(IMPORT_BATCH.STUDY_ID.eq(studyId))
        .orderBy(IMPORT_BATCH.ID)
        .fetch(ImportBatchRepository::toDomain);
  }

  public ImportBatch insert(ImportBatch batch) {
    ImportBatchRecord record = ctx.newRecord(IMPORT_BATCH);
    if (batch.id() > 0) {
      record.setId(batch.id());
    }
    record.setStudyId(batch.studyId());
    record.setKind(batch.kind().name());
    record.setFileName(batch.fileName());
    record.setSha256(batch.sha256());
    record.setImportedAt(batch.importedAt());
    record.setRowCount(batch.rowCount());
    record.store();
    return toDomain(record);
  }

  public void setRowCount(long id, int rows) {
    ctx.update(IMPORT_BATCH)
        .set(IMPORT_BATCH.ROW_COUNT, rows)
        .where(IMPORT_BATCH.ID.eq(id))
        .execute();
  }

  public void delete(long id) {
    ctx.deleteFrom(IMPORT_BATCH).where(IMPORT_BATCH.ID.eq(id)).execute();
  }

  static ImportBatch toDomain(ImportBatchRecord r) {
    return new ImportBatch(
        r.getId(),
        r.getStudyId(),
        ImportBatch.Kind.valueOf(r.getKind()),
        r.getFileName(),
        r.getSha256(),
        r.getImportedAt(),
        r.getRowCount());
  }
}
