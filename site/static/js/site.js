// Progressive enhancement only: the site works without this file.
(function () {
  var root = document.documentElement;
  var control = document.querySelector("[data-text-size-control]");
  if (!control) return;

  function current() {
    return root.getAttribute("data-text-size") || "normal";
  }

  function apply(size) {
    if (size === "normal") {
      root.removeAttribute("data-text-size");
    } else {
      root.setAttribute("data-text-size", size);
    }
    try {
      window.localStorage.setItem("text-size", size);
    } catch (e) {
      /* not remembered, but still applied */
    }
    control.querySelectorAll("button[data-text-size]").forEach(function (button) {
      button.setAttribute("aria-pressed", String(button.getAttribute("data-text-size") === size));
    });
  }

  // The control is shown from the first paint (text-size.js marks the page as scripted in <head>),
  // so setting it up here moves nothing on the page.
  control.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-text-size]");
    if (button) apply(button.getAttribute("data-text-size"));
  });
  apply(current());
})();

// An error summary's links move focus to the field they name (the browser only scrolls to it).
(function () {
  document.querySelectorAll("[data-error-summary] a[href^='#']").forEach(function (link) {
    link.addEventListener("click", function (event) {
      var field = document.getElementById(link.getAttribute("href").slice(1));
      if (!field) return;
      event.preventDefault();
      field.focus();
      field.scrollIntoView({ block: "center" });
    });
  });
})();
