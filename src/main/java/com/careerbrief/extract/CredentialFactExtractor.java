package com.careerbrief.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.careerbrief.model.Claim;
import com.careerbrief.model.FactCategory;

/**
 * Reads certifications (acronym, full name, issuing body), degrees, education steps, accrediting
 * bodies and regulations named with a parenthesised expansion, from generic patterns.
 */
final class CredentialFactExtractor {

	private static final String CAP = "[A-Z][A-Za-z'’-]*";

	private static final String ACR = "[A-Z]{2,8}(?:-[A-Z]{1,3})?";

	private static final Pattern EXPANSION = Pattern.compile("(" + CAP + "(?:\\s+(?:of|for|in|and|on|the|&|" + CAP
			+ "))*)\\s*\\(\\s*(" + ACR + ")\\s*\\)");

	private static final Pattern REVERSE = Pattern.compile("\\b(" + ACR + ")\\s*\\(\\s*(" + CAP + "(?:\\s+(?:of|for|in|and"
			+ "|on|the|&|" + CAP + "))+)\\s*\\)");

	static final Pattern ORG = Pattern.compile(CAP + "(?:\\s+(?:(?:of|for|on|and|&)\\s+)?" + CAP + ")*");

	private static final Pattern ORG_WORD = Pattern.compile("\\b(?:Association|Commission|Council|Board|Institute|Society"
			+ "|Academy|Agency|Bureau|Centers?|Department|Administration|Organization|Foundation|Office)\\b");

	private static final Pattern CERT_WORD = Pattern.compile("\\b(?:Certified|Registered|Licensed|Certificate|Certification"
			+ "|Credential|Specialist|Technician|Technologist|Professional|Coder|Registrar|Analyst)\\b");

	private static final Pattern CERT_CUE = Pattern.compile("(?i)certif|credential|designation|\\bexam");

	private static final Pattern SUCH_AS = Pattern.compile("(?i)(?:such as|like|including|e\\.g\\.)\\s+((?:the\\s+)?" + ACR
			+ "(?:\\s*(?:,|or|and|/)\\s*(?:the\\s+)?" + ACR + ")*)");

	private static final Pattern ACRONYM = Pattern.compile("\\b" + ACR + "\\b");

	private static final Pattern PAREN_ACRONYMS = Pattern.compile("\\(\\s*(" + ACR + "(?:\\s*(?:,|or|and|/)\\s*" + ACR
			+ ")*)\\s*\\)");

	private static final Pattern ISSUED = Pattern.compile("(?i)offer|issue|administer|award|grant|\\bfrom\\b|through");

	private final List<String> nonCertAcronyms = new ArrayList<>(List.of("EHR", "EMR", "IT", "AI", "US", "HIT", "HIM",
			"HIPAA", "HITECH", "ICD", "CPT", "HCPCS", "GED", "AS", "AAS", "BS", "BA", "MS", "MBA", "AA"));

	List<ClaimDraft> extract(Sentence s, ExtractionContext ctx) {
		List<ClaimDraft> drafts = new ArrayList<>();
		expansions(s, ctx, drafts);
		accreditors(s, drafts);
		if (CERT_CUE.matcher(s.text()).find()) {
			Matcher m = SUCH_AS.matcher(s.text());
			while (m.find()) {
				ACRONYM.matcher(m.group(1)).results().map(r -> r.group())
					.filter(a -> !nonCertAcronyms.contains(a)).forEach(a -> drafts.add(cert(a, null, s, ctx)));
			}
		}
		boolean inCredentialList = s.listItem() && CERT_CUE.matcher(DocumentLayout.lower(s.listIntro())
				+ " " + DocumentLayout.lower(s.section())).find();
		if (inCredentialList && drafts.isEmpty() && isFirstOfItem(s, ctx) && !EducationWords.mentions(s.text())) {
			listedCertification(s, ctx, drafts);
		}
		EducationWords.find(s).forEach(drafts::add);
		return drafts;
	}

	private void expansions(Sentence s, ExtractionContext ctx, List<ClaimDraft> drafts) {
		Matcher m = EXPANSION.matcher(s.text());
		while (m.find()) {
			classify(trimToAcronym(m.group(1), m.group(2)), m.group(2), s, ctx, drafts);
		}
		Matcher r = REVERSE.matcher(s.text());
		while (r.find()) {
			classify(r.group(2), r.group(1), s, ctx, drafts);
		}
	}

	private void classify(String name, String acronym, Sentence s, ExtractionContext ctx, List<ClaimDraft> drafts) {
		if (name == null) {
			return;
		}
		if (name.matches(".*\\b(?:Act|Law|Rule|Regulation)$")) {
			nonCertAcronyms.add(acronym);
			drafts.add(ClaimDraft.fact(FactCategory.REGULATION, acronym, name, s.quote()));
		}
		else if (ORG_WORD.matcher(name).find()) {
			nonCertAcronyms.add(acronym);
			if (name.contains("Accredit")) {
				drafts.add(ClaimDraft.fact(FactCategory.ACCREDITATION, acronym, name, s.quote()));
			}
		}
		else if (name.matches("(?:Associate|Bachelor|Master|Doctor)\\b.*")) {
			nonCertAcronyms.add(acronym);
			drafts.add(ClaimDraft.fact(FactCategory.DEGREE, name + " (" + acronym + ")", null, s.quote()));
		}
		else if (CERT_WORD.matcher(name).find() && !nonCertAcronyms.contains(acronym)) {
			drafts.add(cert(acronym, name, s, ctx));
		}
	}

	private void accreditors(Sentence s, List<ClaimDraft> drafts) {
		Matcher m = ORG.matcher(s.text());
		while (m.find()) {
			String name = m.group().replaceFirst("^The\\s+", "");
			boolean followedByAcronym = s.text().substring(m.end()).matches("^\\s*\\(" + ACR + "\\).*");
			if (name.contains("Accredit") && ORG_WORD.matcher(name).find() && !followedByAcronym) {
				drafts.add(ClaimDraft.fact(FactCategory.ACCREDITATION, initials(name),
						name + Claim.MADE_UP_ACRONYM, s.quote()));
			}
		}
	}

	private ClaimDraft cert(String acronym, String name, Sentence s, ExtractionContext ctx) {
		String issuer = issuer(ctx.layout().blocks().get(s.block()).text());
		String detail = name == null && issuer == null ? null
				: (name == null ? "" : name) + (issuer == null ? "" : (name == null ? "" : "; ") + "issued by " + issuer);
		return ClaimDraft.fact(FactCategory.CERTIFICATION, acronym, detail, s.quote());
	}

	private static String issuer(String block) {
		if (!ISSUED.matcher(block).find()) {
			return null;
		}
		Matcher m = ORG.matcher(block);
		while (m.find()) {
			String name = m.group().replaceFirst("^The\\s+", "");
			if (ORG_WORD.matcher(name).find() && !name.contains("Accredit")) {
				Matcher acr = Pattern.compile("^\\s*\\((" + ACR + ")\\)").matcher(block.substring(m.end()));
				return acr.find() ? name + " (" + acr.group(1) + ")" : name;
			}
		}
		return null;
	}

	private void listedCertification(Sentence s, ExtractionContext ctx, List<ClaimDraft> drafts) {
		String item = s.label() != null ? s.label() : s.text().replaceAll("[.:]$", "");
		Matcher paren = PAREN_ACRONYMS.matcher(item);
		if (paren.find()) {
			String described = item.substring(0, paren.start()).trim();
			ACRONYM.matcher(paren.group(1)).results()
				.forEach(a -> drafts.add(ClaimDraft.fact(FactCategory.CERTIFICATION, a.group(), described, s.quote())));
		}
		else {
			drafts.add(ClaimDraft.fact(FactCategory.CERTIFICATION, item, null, s.quote()));
		}
	}

	private static boolean isFirstOfItem(Sentence s, ExtractionContext ctx) {
		return ctx.layout().blocks().get(s.block()).sentences().get(0).start() == s.start();
	}

	/** The last words of a capitalised run that spell the acronym ("Offered by the X Y Z (XYZ)" gives "X Y Z"). */
	static String trimToAcronym(String run, String acronym) {
		String[] words = run.split("\\s+");
		String letters = acronym.replaceAll("-.*", "");
		int significant = 0;
		String candidate = null;
		for (int i = words.length - 1; i >= 0 && significant <= letters.length(); i--) {
			if (words[i].matches("of|for|in|and|on|the|&")) {
				continue;
			}
			significant++;
			if (significant >= letters.length() - 1 && words[i].charAt(0) == letters.charAt(0)) {
				candidate = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
				if (significant == letters.length()) {
					return candidate;
				}
			}
		}
		return candidate;
	}

	static String initials(String name) {
		StringBuilder sb = new StringBuilder();
		for (String w : name.split("\\s+")) {
			if (!w.matches("of|for|in|and|on|the|&")) {
				sb.append(Character.toUpperCase(w.charAt(0)));
			}
		}
		return sb.toString();
	}
}
