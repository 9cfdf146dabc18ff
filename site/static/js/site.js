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
    control.querySelectorAll("button[data-size]").forEach(function (button) {
      button.setAttribute("aria-pressed", String(button.dataset.size === size));
    });
  }

  control.hidden = false;
  control.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-size]");
    if (button) apply(button.dataset.size);
  });
  apply(current());
})();
