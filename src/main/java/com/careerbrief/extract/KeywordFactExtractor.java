package com.careerbrief.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.careerbrief.model.FactCategory;

/** Reads coding systems, regulations, work hours and pay factors named anywhere in the text. */
final class KeywordFactExtractor {

	private static final Pattern CODING = Pattern.compile("\\b(ICD-?1[01](?:-CM|-PCS)?|ICD-?9(?:-CM)?|ICD|CPT|HCPCS"
			+ "|SNOMED(?: CT)?|LOINC|MS-DRG|DRG|NAICS)(?:s)?\\b");

	private static final Pattern REGULATION = Pattern.compile("\\b(HIPAA|HITECH|OSHA|FERPA|GDPR|FLSA|CLIA|EMTALA|COPPA"
			+ "|SOX|Sarbanes-Oxley)\\b|\\b((?:[A-Z][a-z]+\\s+(?:and\\s+)?){1,7}Act)\\b");

	private static final Pattern HOURS = Pattern.compile("(?i)\\b(full[- ]time|part[- ]time|(?:standard )?business hours"
			+ "|monday through friday|monday to friday|evenings?|weekends?|overtime|night shifts?|on[- ]call"
			+ "|\\d{2} hours (?:a|per) week)\\b");

	private static final Pattern PAY = Pattern.compile("(?i)salar|\\bpay|\\bpaid\\b|earn|wage|income|compensation");

	private static final Pattern FACTOR = Pattern.compile("(?i)depend|\\bvar(?:y|ies)\\b|differ|based on|increase with"
			+ "|boost|earn more|higher|better|highest paid|pay more|more than");

	private static final Pattern EARN_A_DEGREE = Pattern.compile("(?i)earn (?:an? |the )?(?:[a-z']+ )?(?:degree|certific"
			+ "|credential|diploma|bachelor|associate|master)");

	List<ClaimDraft> extract(Sentence s) {
		List<ClaimDraft> drafts = new ArrayList<>();
		Matcher c = CODING.matcher(s.text());
		while (c.find()) {
			drafts.add(ClaimDraft.fact(FactCategory.CODING_SYSTEM, c.group(1).replace("ICD10", "ICD-10"), null, s.quote()));
		}
		Matcher r = REGULATION.matcher(s.text());
		while (r.find()) {
			if (r.group(2) != null && r.start() > 0 && s.text().charAt(r.start() - 1) == '(') {
				continue;
			}
			String name = r.group(1) != null ? r.group(1) : r.group(2).replaceFirst("^(?:The|This|That)\\s+", "");
			drafts.add(ClaimDraft.fact(FactCategory.REGULATION, name, null, s.quote()));
		}
		Set<String> hours = new LinkedHashSet<>();
		HOURS.matcher(s.text()).results().forEach(m -> hours.add(m.group(1).toLowerCase(Locale.ROOT)));
		if (!hours.isEmpty() && !PAY.matcher(s.text()).find()) {
			drafts.add(ClaimDraft.fact(FactCategory.WORK_HOURS, String.join(", ", hours), null, s.quote()));
		}
		if (PAY.matcher(s.text()).find() && FACTOR.matcher(s.text()).find() && !s.text().matches(".*\\d.*")
				&& !EARN_A_DEGREE.matcher(s.text()).find()) {
			drafts.add(ClaimDraft.fact(FactCategory.PAY_FACTOR, s.text(), null, s.quote()));
		}
		return drafts;
	}
}
