/**
 * The analyst workbook {@code careerbrief.xlsx}: {@link com.careerbrief.report.excel.WorkbookWriter} streams
 * one sheet per concern (About, Occupations, Wage history, States, Claims, Conflicts, Sources, Rejected
 * input, Input accounting, Charts) with Apache POI SXSSF, and replaces the target atomically at the end.
 */
package com.careerbrief.report.excel;
