// storyline's page behaviour, written for this project: no library, no build step.
// Every page works without it; this adds the citation panel and the timeline's modality filter.
"use strict";

(function () {
  const panel = document.getElementById("passage-panel");
  const body = document.getElementById("passage-body");

  function closePanel() {
    panel.hidden = true;
    body.replaceChildren();
  }

  async function openCitation(link) {
    const response = await fetch(link.dataset.fragment, { credentials: "same-origin" });
    if (!response.ok) {
      window.location.href = link.href;
      return;
    }
    // The fragment is rendered by the server with every piece of article text escaped.
    const doc = new DOMParser().parseFromString(await response.text(), "text/html");
    body.replaceChildren(...Array.from(doc.body.childNodes).map((n) => document.importNode(n, true)));
    panel.hidden = false;
    const mark = body.querySelector("mark");
    if (mark) mark.scrollIntoView({ block: "center" });
  }

  document.addEventListener("click", (event) => {
    const link = event.target.closest("a.cite");
    if (!link || !link.dataset.fragment || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    openCitation(link).catch(() => { window.location.href = link.href; });
  });
  document.getElementById("passage-close").addEventListener("click", closePanel);
  document.addEventListener("keydown", (event) => { if (event.key === "Escape") closePanel(); });

  const filter = document.getElementById("modality-filter");
  if (filter) {
    filter.addEventListener("change", () => {
      const shown = new Set(Array.from(filter.querySelectorAll("input:checked")).map((i) => i.dataset.modality));
      document.querySelectorAll("tr.event").forEach((row) => {
        row.classList.toggle("hidden-modality", !shown.has(row.dataset.modality));
      });
      document.querySelectorAll("svg.chart circle.dot").forEach((dot) => {
        const modality = Array.from(dot.classList).find((c) => c.startsWith("m-"));
        dot.style.display = modality && !shown.has(modality.slice(2)) ? "none" : "";
      });
    });
  }
})();
