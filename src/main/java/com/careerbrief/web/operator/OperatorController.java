package com.careerbrief.web.operator;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Run controls: start a run now, watch its progress, stop it cleanly, and the last failure's reason. */
@Controller
class OperatorController {

	static final String VIEW = "operator/index";

	private final RunControl runs;

	OperatorController(RunControl runs) {
		this.runs = runs;
	}

	@GetMapping("/operator")
	String index(Model model) {
		model.addAttribute("running", runs.running());
		model.addAttribute("run", runs.current().orElse(null));
		model.addAttribute("failure", runs.lastFailure().orElse(null));
		model.addAttribute("editions", runs.editions());
		model.addAttribute("dropped", String.join(", ", runs.editionsARunWouldDrop()));
		return VIEW;
	}

	@PostMapping("/operator/start")
	String start(@RequestParam(name = "force", defaultValue = "false") boolean force, RedirectAttributes redirect) {
		redirect.addFlashAttribute("message",
				runs.start(force) ? "Run started." : "A run started from this portal is still in progress.");
		return "redirect:/operator";
	}

	@PostMapping("/operator/stop")
	String stop(RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", runs.stop()
				? "Stop requested: the run stops after its current chunk; the next launch resumes it." : "No run to stop.");
		return "redirect:/operator";
	}

}
