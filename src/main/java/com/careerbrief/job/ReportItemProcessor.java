package com.careerbrief.job;

import com.careerbrief.model.OccupationReport;

import org.springframework.batch.item.ItemProcessor;

/** Turns an occupation code into the report model the workbook and the brief are written from. */
class ReportItemProcessor implements ItemProcessor<String, OccupationReport> {

	private final OccupationReportAssembler assembler;

	ReportItemProcessor(OccupationReportAssembler assembler) {
		this.assembler = assembler;
	}

	@Override
	public OccupationReport process(String socCode) {
		return assembler.assemble(socCode);
	}

}
