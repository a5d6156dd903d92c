package cn.jianyi.archive;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface ImportBatchRepository extends ListCrudRepository<ImportBatch, Long> {

    List<ImportBatch> findTop20ByOrderByStartedAtDesc();

    List<ImportBatch> findByStatus(ImportBatch.Status status);
}
