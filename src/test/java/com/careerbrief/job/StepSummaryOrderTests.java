package com.careerbrief.job;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobInstance;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.StepExecution;

import static org.assertj.core.api.Assertions.assertThat;

class StepSummaryOrderTests {

	@Test
	void eachPartitionedStepIsFollowedByItsPartitionsInNumberOrder() {
		JobExecution job = new JobExecution(new JobInstance(1L, "careerReportJob"), 1L, new JobParameters());
		for (String name : List.of("ingestTables", "ingestTablesWorker:files10", "ingestTablesWorker:files2",
				"ingestTablesWorker:files0", "occupationCatalog", "reconcileWorker:occupations1", "reconcile",
				"reconcileWorker:occupations0")) {
			job.createStepExecution(name);
		}

		assertThat(StepSummaryListener.inOrder(job.getStepExecutions())).extracting(StepExecution::getStepName)
			.containsExactly("ingestTables", "ingestTablesWorker:files0", "ingestTablesWorker:files2",
					"ingestTablesWorker:files10", "occupationCatalog", "reconcile", "reconcileWorker:occupations0",
					"reconcileWorker:occupations1");
	}

}
