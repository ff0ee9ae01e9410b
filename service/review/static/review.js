// Keyboard and selection for the review page; without JavaScript the page works through its forms.
(function () {
  const findings = Array.from(document.querySelectorAll(".finding"));
  let current = -1;

  function select(index) {
    if (!findings.length) return;
    current = (index + findings.length) % findings.length;
    document.querySelectorAll(".selected").forEach((el) => el.classList.remove("selected"));
    const finding = findings[current];
    finding.classList.add("selected");
    finding.focus({ preventScroll: true });
    const ids = (finding.dataset.claims || "").split(" ").filter(Boolean);
    let first = null;
    document.querySelectorAll("mark.claim").forEach((mark) => {
      const covers = (mark.dataset.claims || "").split(" ");
      if (ids.some((id) => covers.includes(id))) {
        mark.classList.add("selected");
        first = first || mark;
      }
    });
    if (first) first.scrollIntoView({ block: "center", behavior: "smooth" });
    history.replaceState(null, "", "#" + finding.id);
  }

  function submit(action) {
    if (current < 0) return;
    const form = findings[current].querySelector("form.decide");
    if (action === "dismiss" && !form.reason.value.trim()) {
      const reason = window.prompt("Reason for dismissing this finding:");
      if (!reason) return;
      form.reason.value = reason;
    }
    const button = form.querySelector(`button[value="${action}"]`);
    form.requestSubmit(button);
  }

  findings.forEach((finding, index) => finding.addEventListener("click", (event) => {
    if (!event.target.closest("form, a, summary")) select(index);
  }));
  document.addEventListener("keydown", (event) => {
    if (event.target.closest("input, textarea") || event.metaKey || event.ctrlKey || event.altKey) return;
    if (event.key === "j") select(current + 1);
    else if (event.key === "k") select(current - 1);
    else if (event.key === "c") submit("confirm");
    else if (event.key === "d") submit("dismiss");
  });
  const fromHash = findings.findIndex((f) => "#" + f.id === window.location.hash);
  if (fromHash >= 0) select(fromHash);
})();
