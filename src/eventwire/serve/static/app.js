// eventwire workbench: the page's only script, and a small one. Pages work without it;
// it only makes the filter form's menus apply at once and marks the timeline bar under focus.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("filters");
  if (form) {
    for (const select of form.querySelectorAll("select")) {
      select.addEventListener("change", () => form.requestSubmit());
    }
  }
  for (const link of document.querySelectorAll("a.bar-link, a.place-link")) {
    const title = link.querySelector("title");
    if (title) link.setAttribute("aria-label", title.textContent);
  }
});
