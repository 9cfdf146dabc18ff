// Applies the remembered text size before the page is painted (loaded in <head>, no inline script).
(function () {
  var root = document.documentElement;
  root.classList.remove("no-js");
  root.classList.add("js");
  try {
    var size = window.localStorage.getItem("text-size");
    if (size === "large" || size === "larger") {
      root.setAttribute("data-text-size", size);
    }
  } catch (e) {
    /* storage may be blocked; the default size is fine */
  }
})();
