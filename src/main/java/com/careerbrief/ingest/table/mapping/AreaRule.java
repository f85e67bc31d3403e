package com.careerbrief.ingest.table.mapping;

import com.careerbrief.model.AreaType;

/**
 * What one value of a mapped layout's area column means: the area type and the area name, which may
 * quote a cell of the row ("{Area Name}").
 */
public record AreaRule(AreaType type, String nameTemplate) {
}
